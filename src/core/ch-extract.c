/* ch-extract.c: document -> entities -> events
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass cuts the text into tokens, one pass matches the gazetteer and a
 * small built-in lexicon of cue words at every token (both are hash-trie
 * walks), and everything after that works on sentences and on the few
 * tokens the cues point at. Nothing is quadratic in the document length:
 * persons are found only where a title, an honorific, an apposition or
 * quotes announce them, and later mentions are resolved through a hash of
 * name keys. An extractor holds only read-only state, so one instance may
 * serve many threads.
 *
 * The model of the genre (diplomatic news) is:
 *  - page furniture (share buttons, "Read more:", weather lines, a page
 *    header with today's date) is recognised by shape and ignored;
 *  - the first event-bearing sentence of the report opens the main event;
 *    later sentences about the same people add to it, unless they carry a
 *    different date or a different pair of people;
 *  - sentences after a section heading, or that describe the relationship
 *    in general ("Relations between … have grown"), are background: they
 *    add nothing to the main event but may report an older event of their
 *    own when they give its date ("In 2021, the two countries signed …");
 *  - future and negated interactions are not events.
 */

#define G_LOG_DOMAIN "ch-extract"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ch-alias.h"
#include "ch-date.h"
#include "ch-event-private.h"
#include "ch-extract.h"
#include "ch-gazetteer.h"

#define MAX_PERSONS          512
#define MAX_EVENT_SENTENCE   400   /* tokens: longer "sentences" are not prose */
#define MAX_SENTENCE         2000
#define MAX_NAME_WORDS       5

typedef enum
{
  CUE_NONE,
  CUE_MEET,
  CUE_VISIT,
  CUE_SIDELINES,
  CUE_PHONE,
  CUE_SIGN,
  CUE_PACT,
  CUE_NEGOTIATION,
  CUE_FUTURE,
  CUE_FUTURE_ADJ,
  CUE_NEGATION,
  CUE_DISCUSS,
  CUE_HONORIFIC,
  CUE_TITLE,
  CUE_AGENCY,
  CUE_FURNITURE,
  CUE_BACKGROUND,
  CUE_BACKGROUND_START,
  CUE_SIDE,
  CUE_STOP,
  CUE_ORGWORD,
  CUE_PARTICLE,
  CUE_OCCASION,
  CUE_TWO,
  CUE_PRONOUN,
  CUE_EXCLUDE,
  CUE_INVITE,
} Cue;

static const struct
{
  const char *form;
  Cue         cue;
} cue_words[] = {
  { "met", CUE_MEET }, { "meet", CUE_MEET }, { "meets", CUE_MEET }, { "meeting", CUE_MEET },
  { "meetings", CUE_MEET }, { "talks", CUE_MEET }, { "held talks", CUE_MEET },
  { "hold talks", CUE_MEET }, { "hosted", CUE_VISIT }, { "received", CUE_VISIT },
  { "greeted", CUE_VISIT },
  { "conferred", CUE_MEET }, { "called on", CUE_MEET }, { "calls on", CUE_MEET },
  { "held a meeting", CUE_MEET }, { "sat down with", CUE_MEET }, { "talked with", CUE_MEET },
  { "held discussions", CUE_MEET }, { "summit talks", CUE_MEET }, { "bilateral meeting", CUE_MEET },
  { "official visit", CUE_VISIT }, { "state visit", CUE_VISIT }, { "working visit", CUE_VISIT },
  { "official trip", CUE_VISIT }, { "visit to", CUE_VISIT }, { "visited", CUE_VISIT },
  { "arrived in", CUE_VISIT }, { "landed in", CUE_VISIT }, { "visit by", CUE_VISIT }, { "received the delegation", CUE_VISIT },
  { "paid a visit", CUE_VISIT }, { "on a visit", CUE_VISIT }, { "visiting", CUE_VISIT },
  { "paid a call on", CUE_VISIT }, { "paid a courtesy call on", CUE_VISIT }, { "courtesy call", CUE_VISIT },
  { "courtesy calls", CUE_VISIT },
  { "went to", CUE_VISIT }, { "came to", CUE_VISIT }, { "flew to", CUE_VISIT },
  { "attended", CUE_VISIT }, { "attending", CUE_VISIT }, { "guest of honour", CUE_VISIT },
  { "guest of honor", CUE_VISIT },
  { "trip to", CUE_VISIT }, { "led a delegation to", CUE_VISIT }, { "headed a delegation to", CUE_VISIT }, { "travelled to", CUE_VISIT }, { "traveled to", CUE_VISIT },
  { "on the sidelines", CUE_SIDELINES }, { "on the margins", CUE_SIDELINES },
  { "on the sidelines of", CUE_SIDELINES }, { "on the margins of", CUE_SIDELINES },
  { "on the side-lines of", CUE_SIDELINES }, { "sidelines", CUE_SIDELINES },
  { "telephone", CUE_PHONE }, { "phone call", CUE_PHONE }, { "phone", CUE_PHONE },
  { "telephonic", CUE_PHONE }, { "video link", CUE_PHONE }, { "videoconference", CUE_PHONE },
  { "video conference", CUE_PHONE }, { "video call", CUE_PHONE }, { "by phone", CUE_PHONE },
  { "phoned", CUE_PHONE }, { "called", CUE_PHONE }, { "calling", CUE_PHONE },
  { "spoke by phone", CUE_PHONE }, { "telephoned", CUE_PHONE },
  { "signed", CUE_SIGN }, { "sign", CUE_SIGN }, { "signing", CUE_SIGN }, { "inked", CUE_SIGN },
  { "put into force", CUE_SIGN }, { "put their names to", CUE_SIGN }, { "initialled", CUE_SIGN }, { "exchanged the instruments", CUE_SIGN },
  { "exchange the instruments", CUE_SIGN }, { "exchange of", CUE_SIGN }, { "exchanges of", CUE_SIGN }, { "ratified", CUE_SIGN }, { "concluded an", CUE_SIGN }, { "concluded a", CUE_SIGN }, { "concluded", CUE_SIGN }, { "adopted", CUE_SIGN }, { "exchanged", CUE_SIGN },
  { "declaration", CUE_PACT }, { "joint declaration", CUE_PACT }, { "pact", CUE_PACT },
  { "joint statement", CUE_PACT }, { "joint statements", CUE_PACT }, { "statements", CUE_PACT },
  { "charter", CUE_PACT }, { "the text", CUE_PACT }, { "agreement", CUE_PACT }, { "agreements", CUE_PACT }, { "MoU", CUE_PACT }, { "MoUs", CUE_PACT },
  { "MOU", CUE_PACT }, { "memorandum", CUE_PACT }, { "memoranda", CUE_PACT }, { "memorandums", CUE_PACT },
  { "protocol", CUE_PACT }, { "treaty", CUE_PACT }, { "accord", CUE_PACT },
  { "deal", CUE_PACT }, { "deals", CUE_PACT }, { "arrangement", CUE_PACT }, { "arrangements", CUE_PACT }, { "pledge", CUE_PACT }, { "contract", CUE_PACT }, { "convention", CUE_PACT },
  { "document", CUE_PACT }, { "documents", CUE_PACT },
  { "treaties", CUE_PACT }, { "accords", CUE_PACT }, { "protocols", CUE_PACT }, { "pacts", CUE_PACT },
  { "declarations", CUE_PACT }, { "conventions", CUE_PACT }, { "contracts", CUE_PACT },
  { "exchange of notes", CUE_PACT }, { "letter of intent", CUE_PACT }, { "letters of intent", CUE_PACT },
  { "texts", CUE_PACT }, { "roadmap", CUE_PACT }, { "road map", CUE_PACT }, { "communique", CUE_PACT }, { "communiqué", CUE_PACT },
  { "round of negotiations", CUE_NEGOTIATION }, { "round of talks", CUE_NEGOTIATION },
  { "round of consultations", CUE_NEGOTIATION }, { "negotiations", CUE_NEGOTIATION },
  { "consultations", CUE_NEGOTIATION }, { "negotiated", CUE_NEGOTIATION },
  { "will", CUE_FUTURE }, { "would", CUE_FUTURE }, { "shall", CUE_FUTURE },
  { "ahead of", CUE_FUTURE }, { "is expected to", CUE_FUTURE }, { "are expected to", CUE_FUTURE }, { "expected to", CUE_FUTURE },
  { "is scheduled to", CUE_FUTURE }, { "scheduled to", CUE_FUTURE }, { "plans to", CUE_FUTURE },
  { "plan to", CUE_FUTURE }, { "planning to", CUE_FUTURE }, { "is due to", CUE_FUTURE },
  { "are due to", CUE_FUTURE }, { "was due to", CUE_FUTURE }, { "were due to", CUE_FUTURE },
  { "been due to", CUE_FUTURE }, { "to be held", CUE_FUTURE }, { "is set to", CUE_FUTURE },
  { "are set to", CUE_FUTURE }, { "intends to", CUE_FUTURE }, { "hopes to", CUE_FUTURE },
  { "could", CUE_FUTURE }, { "may", CUE_FUTURE }, { "might", CUE_FUTURE },
  { "upcoming", CUE_FUTURE_ADJ }, { "forthcoming", CUE_FUTURE_ADJ }, { "next", CUE_FUTURE_ADJ },
  { "planned", CUE_FUTURE_ADJ }, { "proposed", CUE_FUTURE_ADJ }, { "future", CUE_FUTURE_ADJ },
  { "possible", CUE_FUTURE_ADJ }, { "potential", CUE_FUTURE_ADJ },
  { "invited", CUE_INVITE }, { "invitation", CUE_INVITE }, { "invite", CUE_INVITE },
  { "not", CUE_NEGATION }, { "no", CUE_NEGATION }, { "never", CUE_NEGATION },
  { "neither", CUE_NEGATION }, { "nor", CUE_NEGATION }, { "stopped", CUE_NEGATION },
  { "ceased", CUE_NEGATION },
  { "cancelled", CUE_NEGATION }, { "canceled", CUE_NEGATION }, { "postponed", CUE_NEGATION },
  { "called off", CUE_NEGATION }, { "without", CUE_NEGATION },
  { "discussed", CUE_DISCUSS }, { "discuss", CUE_DISCUSS }, { "agreed", CUE_DISCUSS },
  { "stressed", CUE_DISCUSS }, { "emphasized", CUE_DISCUSS }, { "emphasised", CUE_DISCUSS },
  { "underscored", CUE_DISCUSS }, { "underlined", CUE_DISCUSS }, { "highlighted", CUE_DISCUSS },
  { "reaffirmed", CUE_DISCUSS }, { "reiterated", CUE_DISCUSS }, { "focused", CUE_DISCUSS },
  { "exchanged views", CUE_DISCUSS }, { "reviewed", CUE_DISCUSS }, { "examined", CUE_DISCUSS },
  { "studied", CUE_DISCUSS }, { "evaluated", CUE_DISCUSS }, { "addressed", CUE_DISCUSS },
  { "urged", CUE_DISCUSS }, { "advocated", CUE_DISCUSS }, { "welcomed", CUE_DISCUSS },
  { "expressed", CUE_DISCUSS }, { "noted", CUE_DISCUSS }, { "briefed", CUE_DISCUSS },
  { "acknowledged", CUE_DISCUSS }, { "pledged", CUE_DISCUSS }, { "explored", CUE_DISCUSS },
  { "appreciated", CUE_DISCUSS }, { "thanked", CUE_DISCUSS }, { "said", CUE_DISCUSS },
  { "stated", CUE_DISCUSS }, { "remarked", CUE_DISCUSS }, { "called for", CUE_DISCUSS },
  { "highlighting", CUE_DISCUSS }, { "emphasizing", CUE_DISCUSS }, { "stressing", CUE_DISCUSS },
  { "Mr", CUE_HONORIFIC }, { "Mrs", CUE_HONORIFIC }, { "Ms", CUE_HONORIFIC },
  { "Dr", CUE_HONORIFIC }, { "Madam", CUE_HONORIFIC }, { "Mme", CUE_HONORIFIC },
  { "H.E", CUE_HONORIFIC }, { "H. E", CUE_HONORIFIC }, { "His Excellency", CUE_HONORIFIC },
  { "Her Excellency", CUE_HONORIFIC }, { "Excellency", CUE_HONORIFIC }, { "Prof", CUE_HONORIFIC },
  { "Sheikh", CUE_HONORIFIC }, { "Shaikh", CUE_HONORIFIC },
  /* Zimbabwe's "Cde." (Comrade), India's "Shri" and "Smt." */
  { "Cde", CUE_HONORIFIC }, { "Comrade", CUE_HONORIFIC }, { "Shri", CUE_HONORIFIC },
  { "Smt", CUE_HONORIFIC },
  { "President", CUE_TITLE }, { "Vice President", CUE_TITLE }, { "Prime Minister", CUE_TITLE },
  { "Minister", CUE_TITLE }, { "Foreign Minister", CUE_TITLE }, { "Senator", CUE_TITLE },
  { "Ambassador", CUE_TITLE }, { "Chairman", CUE_TITLE }, { "Chairwoman", CUE_TITLE },
  { "Chairperson", CUE_TITLE }, { "Chair", CUE_TITLE }, { "Speaker", CUE_TITLE },
  { "King", CUE_TITLE }, { "Queen", CUE_TITLE }, { "Prince", CUE_TITLE },
  { "Crown Prince", CUE_TITLE }, { "Emir", CUE_TITLE }, { "Amir", CUE_TITLE },
  { "Sultan", CUE_TITLE }, { "Chancellor", CUE_TITLE }, { "Secretary", CUE_TITLE },
  { "Secretary-General", CUE_TITLE }, { "Secretary General", CUE_TITLE },
  { "Secretary of State", CUE_TITLE }, { "Governor", CUE_TITLE }, { "Mayor", CUE_TITLE },
  { "Deputy", CUE_TITLE }, { "Envoy", CUE_TITLE }, { "Special Envoy", CUE_TITLE },
  { "Commissioner", CUE_TITLE }, { "Director", CUE_TITLE }, { "Director-General", CUE_TITLE },
  { "Spokesperson", CUE_TITLE }, { "Spokesman", CUE_TITLE }, { "Premier", CUE_TITLE },
  { "Vice Premier", CUE_TITLE }, { "Lawmaker", CUE_TITLE }, { "MP", CUE_TITLE },
  { "General", CUE_TITLE }, { "Admiral", CUE_TITLE }, { "Counsellor", CUE_TITLE },
  { "Reuters", CUE_AGENCY }, { "AP", CUE_AGENCY }, { "AFP", CUE_AGENCY }, { "TDI", CUE_AGENCY },
  { "APP", CUE_AGENCY }, { "PTI", CUE_AGENCY }, { "IANS", CUE_AGENCY }, { "ANI", CUE_AGENCY },
  { "Xinhua", CUE_AGENCY }, { "TASS", CUE_AGENCY }, { "RIA Novosti", CUE_AGENCY },
  { "Sputnik", CUE_AGENCY }, { "IRNA", CUE_AGENCY }, { "Anadolu", CUE_AGENCY },
  { "Kyodo", CUE_AGENCY }, { "Yonhap", CUE_AGENCY }, { "Bernama", CUE_AGENCY },
  { "WAM", CUE_AGENCY }, { "KUNA", CUE_AGENCY }, { "QNA", CUE_AGENCY }, { "Pak Sahafat", CUE_AGENCY },
  { "Tasnim", CUE_AGENCY }, { "Mehr", CUE_AGENCY }, { "ISNA", CUE_AGENCY }, { "BelTA", CUE_AGENCY },
  { "Kazinform", CUE_AGENCY }, { "Ukrinform", CUE_AGENCY }, { "News Agency", CUE_AGENCY },
  { "Share on", CUE_FURNITURE }, { "Read more", CUE_FURNITURE }, { "Also Read", CUE_FURNITURE },
  { "Read also", CUE_FURNITURE }, { "Related Articles", CUE_FURNITURE },
  { "Related", CUE_FURNITURE }, { "Leave a reply", CUE_FURNITURE }, { "Leave a comment", CUE_FURNITURE },
  { "Please enter", CUE_FURNITURE }, { "Latest Articles", CUE_FURNITURE },
  { "Latest News", CUE_FURNITURE }, { "Image", CUE_FURNITURE }, { "Photo", CUE_FURNITURE },
  { "Advertisement", CUE_FURNITURE }, { "Follow us", CUE_FURNITURE }, { "Subscribe", CUE_FURNITURE },
  { "Click here", CUE_FURNITURE }, { "You may also like", CUE_FURNITURE }, { "Tags", CUE_FURNITURE },
  { "Comments", CUE_FURNITURE }, { "Copyright", CUE_FURNITURE }, { "Print", CUE_FURNITURE },
  { "Relations between", CUE_BACKGROUND_START }, { "Ties between", CUE_BACKGROUND_START },
  { "Since the", CUE_BACKGROUND_START }, { "Over the years", CUE_BACKGROUND_START }, { "have long", CUE_BACKGROUND },
  { "has long", CUE_BACKGROUND }, { "in recent years", CUE_BACKGROUND },
  { "historically", CUE_BACKGROUND }, { "traditionally", CUE_BACKGROUND },
  { "have grown", CUE_BACKGROUND }, { "has grown", CUE_BACKGROUND },
  { "counterpart", CUE_SIDE }, { "counterparts", CUE_SIDE }, { "side", CUE_SIDE },
  { "delegation", CUE_SIDE }, { "officials", CUE_SIDE }, { "leadership", CUE_SIDE },
  { "leader", CUE_SIDE }, { "leaders", CUE_SIDE }, { "government", CUE_SIDE },
  { "ministers", CUE_SIDE }, { "diplomats", CUE_SIDE }, { "authorities", CUE_SIDE },
  { "the two countries", CUE_TWO }, { "the two sides", CUE_TWO }, { "the two nations", CUE_TWO },
  { "both countries", CUE_TWO }, { "both sides", CUE_TWO }, { "both nations", CUE_TWO },
  { "the two ministers", CUE_TWO }, { "the two leaders", CUE_TWO }, { "the parties", CUE_TWO },
  { "both leaders", CUE_TWO }, { "both ministers", CUE_TWO }, { "bilateral", CUE_TWO },
  { "the two", CUE_TWO },
  { "summit", CUE_OCCASION }, { "assembly", CUE_OCCASION }, { "conference", CUE_OCCASION },
  { "forum", CUE_OCCASION }, { "session", CUE_OCCASION }, { "congress", CUE_OCCASION },
  { "dialogue", CUE_OCCASION }, { "ceremony", CUE_OCCASION }, { "meeting of", CUE_OCCASION },
  { "games", CUE_OCCASION }, { "expo", CUE_OCCASION }, { "council meeting", CUE_OCCASION },
  { "by", CUE_EXCLUDE }, { "for", CUE_EXCLUDE }, { "of", CUE_EXCLUDE }, { "from", CUE_EXCLUDE },
  { "like", CUE_EXCLUDE }, { "late", CUE_EXCLUDE }, { "about", CUE_EXCLUDE },
  { "he", CUE_PRONOUN }, { "she", CUE_PRONOUN },
  { "bin", CUE_PARTICLE }, { "ibn", CUE_PARTICLE }, { "al", CUE_PARTICLE }, { "el", CUE_PARTICLE },
  { "de", CUE_PARTICLE }, { "da", CUE_PARTICLE }, { "van", CUE_PARTICLE }, { "von", CUE_PARTICLE },
  { "der", CUE_PARTICLE }, { "ul", CUE_PARTICLE }, { "ud", CUE_PARTICLE }, { "ur", CUE_PARTICLE },
  { "di", CUE_PARTICLE }, { "du", CUE_PARTICLE }, { "le", CUE_PARTICLE }, { "dos", CUE_PARTICLE },
  { "bint", CUE_PARTICLE },
};

/* Capitalised words that never start or continue a person's name. */
static const char *stop_words[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
  "Our", "This", "That", "These", "Those", "Both", "Also", "But", "And", "Or", "In", "On", "At",
  "As", "By", "For", "From", "With", "Of", "To", "During", "After", "Before", "While", "When",
  "Since", "According", "However", "Meanwhile", "Furthermore", "Moreover", "Additionally",
  "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Each", "Every", "All",
  "Some", "Many", "Several", "Other", "Such", "Further", "Following", "Under", "Over", "About",
  "Among", "Between", "Through", "Upon", "Within", "Without", "Despite", "Although", "If",
  "Then", "There", "Here", "Where", "Which", "Who", "Whom", "What", "Why", "How", "Not",
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday", "Senate", "Parliament", "Assembly", "Council", "Committee",
  "Commission", "Ministry", "Embassy", "Government", "Department", "Office", "Federation",
  "Union", "Organization", "Organisation", "Agency", "Party", "Standing", "Defense", "Defence",
  "Affairs", "Foreign", "State", "National", "Republic", "Bank", "Court", "Forum", "Summit",
  "Conference", "Intergovernmental", "House", "Palace", "University", "Institute", "Corridor",
  "Transport", "North", "South", "East", "West", "Central", "General", "Election", "Elections",
  "Conflict", "War", "Day", "Victory", "Memorandum", "Understanding", "Joint", "Implementation",
  "Protocol", "Friendship", "Group", "Groups", "International", "Multilateral", "Fora",
  "Relations", "Bilateral", "Political", "Economic", "Trade", "Cooperation", "Speakers",
  "Image", "Read", "Share", "Related", "Latest", "Please", "Articles", "News", "Media",
  "Social", "Minister", "Ministers", "Senators", "Chairman", "President", "Secretary",
  "Islamic", "Kingdom", "United", "People", "Peoples", "Democratic", "Socialist", "Federal",
  "Mission", "Delegation", "Council's", "Treaty", "Agreement", "Initiative", "Road", "Belt",
  "Programme", "Program", "Plan", "Project", "Strategic", "Partnership", "Comprehensive",
  "Global", "Regional", "World", "Gas", "Oil", "Pipeline", "Energy", "Security", "Peace",
  "Trust", "Fund", "Authority", "Administration", "Secretariat", "Presidential", "Royal",
  "Armed", "Forces", "Army", "Navy", "Air", "Force", "Police", "Service", "Services",
  "Chamber", "Commerce", "Industry", "Business", "Council", "Board", "Centre", "Center",
  "Hall", "Square", "Street", "Avenue", "Airport", "Station", "Port", "Hotel", "Building",
  "Tower", "Castle", "Museum", "Church", "Mosque", "Temple", "Cathedral", "Stadium",
  "Base", "Naval", "Point", "Camp", "Fort", "Analysts", "Officials", "Experts", "Critics",
  "Dear", "Sir", "Madam", "Excellency", "Honourable", "Honorable", "Hon",
  /* plural titles before a list of names: "Presidents A of X and B of Y" */
  "Presidents", "Premiers", "Chancellors", "Kings", "Leaders", "Governors", "Ambassadors",
  "Envoys", "Generals",
  /* an officer's retirement, "Lt. Gen. (Rtd)" */
  "Rtd", "Retd",
  /* units of an administration or an army, after a title as in "the
   * army's General Headquarters" */
  "Headquarters", "Division", "Directorate", "Bureau", "Command", "Staff", "Corps",
  "Academy", "College", "School", "Cabinet",
};

#define STOP_SLOTS 1024

G_STATIC_ASSERT (G_N_ELEMENTS (stop_words) < STOP_SLOTS / 2);

struct _ChExtractor
{
  GObject      parent_instance;

  ChGazetteer *gazetteer;
  ChGazetteer *cues;
  ChGazIndex  *index;       /* first words of the cues (0) and of the gazetteer (1) */
  GHashTable  *stop;        /* interned stop words */
  const char  *stop_slots[STOP_SLOTS];   /* the stop words by token hash, open addressing */
  guint32      stop_hashes[STOP_SLOTS];  /* their token hashes */
  GHashTable  *capitals;    /* ISO code -> capital city entry */
  GHashTable  *surnames;    /* name key of a listed person's surname -> entry, NULL when shared */
};

G_DEFINE_FINAL_TYPE (ChExtractor, ch_extractor, G_TYPE_OBJECT)

/* Per-document working state */

typedef enum
{
  SENT_HEADER     = 1 << 0,   /* page furniture above the headline */
  SENT_HEADLINE   = 1 << 1,
  SENT_FURNITURE  = 1 << 2,
  SENT_HEADING    = 1 << 3,
  SENT_BACKGROUND = 1 << 4,
  SENT_IGNORED    = SENT_HEADER | SENT_FURNITURE | SENT_HEADING,
} SentFlags;

typedef struct
{
  guint first;       /* tokens [first, last) */
  guint last;
  guint line;
  guint flags;
} Sentence;

typedef struct
{
  const ChGazEntry *entry;
  guint             first;
  guint             n;
} Mention;

typedef struct
{
  char       *name;         /* the fullest spelling of the document */
  guint       n_words;
  const char *role;
  const char *country;
  const char *curated;
  gboolean    from_headline;
  gboolean    org_official;  /* speaks for an international organisation */
  gboolean    spokesperson;  /* speaks about the event, takes no part */
  gboolean    middle_name;   /* named with a middle name the gazetteer leaves out */
  gboolean    by_surname;    /* named by a surname only one listed person bears */
} Person;

typedef struct
{
  guint person;
  guint first;      /* name tokens */
  guint n;
  guint context;    /* first token of the phrase that announced the name */
  gboolean reference;   /* "the Chairman", a surname alone */
} PersonMention;

typedef struct
{
  ChEventType  type;
  guint        sentence;        /* the evidence */
  gboolean     background;
  gboolean     side;            /* an older event told in passing */
  gboolean     same_day;        /* another event of the main occasion */
  gboolean     has_sidelines;
  gboolean     has_visit;
  gboolean     two;             /* "the two countries" */
  gboolean     group_witness;   /* "the two leaders witnessed the signing" */
  GArray      *persons;         /* guint */
  GPtrArray   *countries;       /* interned codes */
  GPtrArray   *more_countries;  /* sides named in sentences that add to the event */
  GPtrArray   *orgs;
  GPtrArray   *topics;
  const char  *location;
  const char  *location_country;
  guint        location_score;
  const char  *venue;
  const char  *venue_city;
  const char  *venue_country;
  const char  *in_country;
  char        *occasion;
  ChDay        date;
  char        *date_text;
  gboolean     date_open;       /* its sentence dated only the return home */
  gboolean     remote;          /* part of an occasion held by video link */
  gboolean     same_place;      /* "in the same city" as the report's event */
  gboolean     split;           /* one of the counterparts its sentence met one by one */
} Draft;

typedef struct
{
  ChExtractor   *self;
  ChDocument    *document;
  const char    *text;
  gsize          len;
  GArray        *token_array;
  const ChToken *tokens;
  guint          n;
  guint8        *cue;          /* Cue of the longest cue starting at a token */
  guint8        *cue_len;
  gint32        *mention_at;   /* index into mentions covering a token, or -1 */
  GArray        *mentions;     /* Mention */
  GArray        *sentences;    /* Sentence */
  guint         *sentence_of;  /* token -> sentence */
  GArray        *dates;        /* ChDateMatch */
  GPtrArray     *persons;      /* Person* */
  GArray        *pmentions;    /* PersonMention */
  GHashTable    *person_index; /* last-word key -> GArray of person indices */
  GPtrArray     *drafts;       /* Draft* */
  ChDay          doc_date;
  guint          dateline_first;   /* tokens of the dateline, [first, last) */
  guint          dateline_last;
  guint          agency_first;
  guint          agency_last;
  const char    *dateline_city;
  const char    *dateline_country;
  char          *dateline_text;
  const char    *top[2];          /* the two most named countries, once known */
  gboolean       top_done;
  /* arrays of finished SentInfos, emptied, for the next sentence: a
   * document analyses hundreds of sentences, two arrays each */
  GArray        *spare_persons[4];
  GPtrArray     *spare_sides[4];
  guint          n_spare_persons;
  guint          n_spare_sides;
  /* the last name given to name_key() and its key: a person is looked up
   * and then indexed under the same spelling, and a key costs thousands
   * of instructions */
  char          *key_name;
  char          *key;
  /* per token, while find_persons() runs: TOKEN_NAME, TOKEN_PERSON_START */
  guint8        *person_bits;
  /* per token, from match_all() on: WordClass bits */
  guint16       *word_class;
  /* per token, the index's word (see ch_gaz_index_tokenize()) */
  guint32       *index_words;
  guint16       *sentence_class;  /* per sentence: the bits of its tokens */
  guint8        *rule_mark;       /* per token, from classify_words() on: RuleMark bits */
  GPtrArray     *finish_countries;  /* finish_draft()'s sides, emptied per draft */
} Ctx;

/* Helpers */

static inline const ChToken *
tok (Ctx  *ctx,
     guint i)
{
  return &ctx->tokens[i];
}

static inline __attribute__((always_inline)) gboolean
tok_is (Ctx        *ctx,
        guint       i,
        const char *word)
{
  const char *p;

  if (i >= ctx->n)
    return FALSE;
  p = ctx->text + ctx->tokens[i].start;
  /* g_ascii_strncasecmp() in line: this runs for most tokens of a
   * sentence, several times, and a call per comparison shows */
  if (__builtin_constant_p (__builtin_strlen (word)))
    {
      /* a literal: its length folds away and rejects most tokens */
      gsize wlen = __builtin_strlen (word);

      if (ctx->tokens[i].len != wlen)
        return FALSE;
      for (gsize k = 0; k < wlen; k++)
        {
          char a = p[k], b = word[k];

          if (a >= 'A' && a <= 'Z')
            a += 'a' - 'A';
          if (b >= 'A' && b <= 'Z')
            b += 'a' - 'A';
          if (a != b)
            return FALSE;
        }
      return TRUE;
    }
  /* a word from a list: compare up to its end instead of taking strlen(),
   * after a first letter that differs even with 0x20 set, which is most */
  if (((guchar) p[0] | 0x20) != ((guchar) word[0] | 0x20))
    return FALSE;
  for (guint k = 0; k < ctx->tokens[i].len; k++)
    {
      char a = p[k], b = word[k];

      if (b == '\0')
        return FALSE;
      if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
      if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
      if (a != b)
        return FALSE;
    }
  return word[ctx->tokens[i].len] == '\0';
}

/* Adds @person to @out unless it is there already. */
static void
append_person_once (GArray *out,
                    guint   person)
{
  for (guint q = 0; q < out->len; q++)
    if (g_array_index (out, guint, q) == person)
      return;
  g_array_append_val (out, person);
}

/* Whether token @i is one of @n_words words of a rule's list, word by word */
static gboolean
tok_is_one_of_linear (Ctx               *ctx,
                      guint              i,
                      const char *const *words,
                      gsize              n_words)
{
  for (gsize k = 0; k < n_words; k++)
    if (tok_is (ctx, i, words[k]))
      return TRUE;
  return FALSE;
}

/* A rule's word list as an open-addressing table of the words' token
 * hashes (ch_token_hash()), built on first use. Comparing a token with
 * each word costs instructions per word, and rules ask of most tokens of
 * a sentence; a token whose hash is in no slot is none of the words, and
 * that takes one probe. A hash found is still checked with tok_is(), so
 * the answer is the one the word-by-word loop gives. */
#define WORD_SET_SLOTS 256

typedef struct
{
  gsize              ready;
  const char *const *words;
  guint32            hashes[WORD_SET_SLOTS];
  guint8             index[WORD_SET_SLOTS];   /* word + 1; 0: an empty slot */
} WordSet;

static inline guint
word_set_slot (guint32 hash)
{
  return (hash * 0x9e3779b1u) >> 24;
}

static void
word_set_fill (WordSet           *set,
               const char *const *words,
               gsize              n_words)
{
  for (gsize k = 0; k < n_words; k++)
    {
      guint32 hash = ch_token_hash (words[k], strlen (words[k]));
      guint slot = word_set_slot (hash);

      while (set->index[slot] != 0)
        slot = (slot + 1) % WORD_SET_SLOTS;
      set->hashes[slot] = hash;
      set->index[slot] = (guint8) (k + 1);
    }
  set->words = words;
}

/* tok_in_word_set() the first time, for a list at another address than
 * the one filled, or for a typographic quote or dash, which is hashed as
 * its ASCII form and not as its bytes */
static G_GNUC_NO_INLINE gboolean
tok_in_word_set_slow (Ctx               *ctx,
                      guint              i,
                      const char *const *words,
                      gsize              n_words,
                      WordSet           *set)
{
  if (g_once_init_enter (&set->ready))
    {
      word_set_fill (set, words, n_words);
      g_once_init_leave (&set->ready, 1);
    }
  return tok_is_one_of_linear (ctx, i, words, n_words);
}

static G_GNUC_NO_INLINE gboolean
tok_is_word_of_set (Ctx               *ctx,
                    guint              i,
                    const char *const *words,
                    const WordSet     *set,
                    guint              slot)
{
  guint32 hash = ctx->tokens[i].hash;

  for (; set->index[slot] != 0; slot = (slot + 1) % WORD_SET_SLOTS)
    if (set->hashes[slot] == hash && tok_is (ctx, i, words[set->index[slot] - 1]))
      return TRUE;
  return FALSE;
}

static inline gboolean
tok_in_word_set (Ctx               *ctx,
                 guint              i,
                 const char *const *words,
                 gsize              n_words,
                 WordSet           *set)
{
  const ChToken *t;

  /* half full at most, so that a probe ends soon at an empty slot */
  if (n_words > WORD_SET_SLOTS / 2)
    return tok_is_one_of_linear (ctx, i, words, n_words);
  if (i >= ctx->n)
    return FALSE;
  t = &ctx->tokens[i];
  if (G_UNLIKELY (g_atomic_pointer_get (&set->ready) == 0 || set->words != words ||
                  ((t->flags & CH_TOKEN_PUNCT) && (guchar) ctx->text[t->start] >= 0x80)))
    return tok_in_word_set_slow (ctx, i, words, n_words, set);
  /* most tokens: the first slot probed is empty */
  for (guint slot = word_set_slot (t->hash); set->index[slot] != 0;
       slot = (slot + 1) % WORD_SET_SLOTS)
    if (set->hashes[slot] == t->hash)
      return tok_is_word_of_set (ctx, i, words, set, slot);
  return FALSE;
}

/* Whether token @i is one of @n_words words of @words, a rule's static
 * list: each call site keeps its own table of the list's hashes. */
#define tok_is_one_of(ctx, i, words, n_words) \
  ({ \
    static WordSet word_set_; \
    tok_in_word_set ((ctx), (i), (words), (n_words), &word_set_); \
  })

/* Word classes: words that rules look for in every token of a document
 * or of a sentence. classify_words() gives each token the classes of its
 * word with one probe, and a rule then tests a bit where it compared the
 * token with each word of a list. */
typedef enum
{
  WORD_SPOKE     = 1 << 0,   /* spoke_words[] */
  WORD_RETURN    = 1 << 1,   /* return_verbs[] */
  WORD_EARLIER   = 1 << 2,   /* earlier_words[] */
  WORD_ROLE_NOUN = 1 << 3,   /* role_nouns[] */
  WORD_THE       = 1 << 4,   /* "the" */
  WORD_AT_DURING = 1 << 5,   /* "at", "during" */
  WORD_OFFICE    = 1 << 6,   /* office_words[] */
  WORD_BY        = 1 << 7,   /* "by" */
  WORD_WHERE     = 1 << 8,   /* "where" */
  WORD_WITNESS   = 1 << 9,   /* witness_words[] */
  WORD_ABBREV    = 1 << 10,  /* abbreviations[] */
  WORD_MEMBER    = 1 << 11,  /* "member", "members" */
  /* ch_date_get_words(), for ch_date_scan_tokens_classes(): the top bit,
   * away from the rules' own classes */
  WORD_DATE      = 1 << 15,
} WordClass;

/* the verbs of spoke_together() */
static const char *const spoke_words[] = { "spoke", "spoken", "talked" };
/* the verbs of a journey home, find_return_clause() */
static const char *const return_verbs[] = {
  "returned", "returning", "flew", "flying", "headed", "heading", "arrived", "came", "left",
};
/* the words before an earlier occasion's noun, earlier_occasion() */
static const char *const earlier_words[] = { "previous", "last", "earlier", "preceding", "prior" };
/* role nouns that news writes in lower case before a name and that are
 * no title of their own, lower_role_noun() */
static const char *const role_nouns[] = {
  "negotiator", "counterpart", "envoy", "adviser", "advisor", "diplomat",
  "representative", "delegate", "emissary", "mediator", "spokesman",
  "spokeswoman", "spokesperson",
};
static const char *const the_words[] = { "the" };
static const char *const at_during_words[] = { "at", "during" };
/* the nouns of an office told in lower case, office_head() */
static const char *const office_words[] = { "head", "chief" };
static const char *const by_words[] = { "by" };
static const char *const where_words[] = { "where" };
/* the verbs of group_witnesses() */
static const char *const witness_words[] = {
  "witnessed", "witness", "witnessing", "attended", "watched", "looked", "looking",
};
/* the words a full stop follows without ending a sentence, is_abbreviation() */
static const char *const abbreviations[] = {
  "St", "No", "Jr", "Sr", "vs", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "Jan", "Feb", "Mar",
  "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "etc", "Inc", "Ltd",
  /* "the Hon. Prime Minister", "Rt. Hon. …" */
  "Hon", "Rt",
};
static const char *const member_words[] = { "member", "members" };

/* The lists of the word classes: the extractor's index of words
 * (ch_gaz_index_add_class()) gives every token the classes of its word
 * in the one lookup that also finds its cues and gazetteer entries. */
static const struct
{
  const char *const *words;
  gsize              n_words;
  guint16            word_class;
} class_lists[] = {
  { spoke_words, G_N_ELEMENTS (spoke_words), WORD_SPOKE },
  { return_verbs, G_N_ELEMENTS (return_verbs), WORD_RETURN },
  { earlier_words, G_N_ELEMENTS (earlier_words), WORD_EARLIER },
  { role_nouns, G_N_ELEMENTS (role_nouns), WORD_ROLE_NOUN },
  { the_words, G_N_ELEMENTS (the_words), WORD_THE },
  { at_during_words, G_N_ELEMENTS (at_during_words), WORD_AT_DURING },
  { office_words, G_N_ELEMENTS (office_words), WORD_OFFICE },
  { by_words, G_N_ELEMENTS (by_words), WORD_BY },
  { where_words, G_N_ELEMENTS (where_words), WORD_WHERE },
  { witness_words, G_N_ELEMENTS (witness_words), WORD_WITNESS },
  { abbreviations, G_N_ELEMENTS (abbreviations), WORD_ABBREV },
  { member_words, G_N_ELEMENTS (member_words), WORD_MEMBER },
};

/* Marks of the tokens that analyse_sentence() looks at: it goes through
 * every token of every sentence, and most tokens have neither a cue nor a
 * mention, so it skips from one marked token to the next, eight at a time */
typedef enum
{
  MARK_ANALYSE = 1 << 0,   /* a cue, a word of WORD_SPOKE or WORD_AT_DURING, or a mention */
  MARK_COUNTRY = 1 << 1,   /* the first token of a country's mention */
} RuleMark;

/* classify_words() computes MARK_ANALYSE as a truth value */
G_STATIC_ASSERT (CUE_NONE == 0 && MARK_ANALYSE == 1);

/* Fills Ctx.sentence_class from Ctx.word_class, which match_all() had
 * filled: a token has a class when it is one of the class's words, in
 * any case, as tok_is() compares them. Fills Ctx.rule_mark too. */
static void
classify_words (Ctx *ctx)
{
  const guint n = ctx->n;
  const guint16 *word_class = ctx->word_class;
  const guint8 *cue = ctx->cue;
  const gint32 *mention_at = ctx->mention_at;
  guint8 *mark;

  /* the sentences cover the tokens in order (split_sentences()): a
   * sentence's classes are those of its tokens, or-ed four at a time */
  ctx->sentence_class = g_new0 (guint16, ctx->sentences->len + 1);
  for (guint s = 0; s < ctx->sentences->len; s++)
    {
      const Sentence *se = &g_array_index (ctx->sentences, Sentence, s);
      guint64 lanes = 0;
      guint16 bits;
      guint i = se->first;

      for (; i + 4 <= se->last; i += 4)
        {
          guint64 w;

          memcpy (&w, word_class + i, sizeof w);
          lanes |= w;
        }
      bits = (guint16) (lanes | lanes >> 16 | lanes >> 32 | lanes >> 48);
      for (; i < se->last; i++)
        bits |= word_class[i];
      ctx->sentence_class[s] = bits;
    }

  /* without a branch per token: most have neither mark */
  mark = g_new (guint8, n);
  for (guint i = 0; i < n; i++)
    mark[i] = (guint8) (((cue[i] | (word_class[i] & (WORD_SPOKE | WORD_AT_DURING))) != 0) |
                        (mention_at[i] >= 0));
  /* MARK_COUNTRY: is_country_mention (mention_starting_at (ctx, i)), from
   * the mentions, which are far fewer than the tokens */
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);

      if (m->entry->kind == CH_GAZ_COUNTRY && m->first < n && mention_at[m->first] == (gint32) k)
        mark[m->first] |= MARK_COUNTRY;
    }
  ctx->rule_mark = mark;
}

/* The first index from @i on, before @last, whose byte in @bytes has one
 * of @bits, or @last. Eight bytes are tested per load, since most bytes
 * of the per-token arrays it scans are zero. */
static inline guint
next_byte_with (const guint8 *bytes,
                guint         i,
                guint         last,
                guint8        bits)
{
  const guint64 lanes = (guint64) bits * G_GUINT64_CONSTANT (0x0101010101010101);

  while (i + 8 <= last)
    {
      guint64 w;

      memcpy (&w, bytes + i, sizeof w);
      if (w & lanes)
        break;
      i += 8;
    }
  while (i < last && !(bytes[i] & bits))
    i++;
  return i;
}

/* The first token from @i on, before @last, that has @mark, or @last */
static inline guint
next_marked (Ctx    *ctx,
             guint   i,
             guint   last,
             RuleMark mark)
{
  g_assert (last <= ctx->n);
  return next_byte_with (ctx->rule_mark, i, last, mark);
}

/* Whether tokens [@first, @last) may hold a word of @word_class: FALSE
 * when they lie in one sentence, as split_sentences() cut them, and it
 * holds none */
static inline gboolean
range_may_have_class (Ctx      *ctx,
                      guint     first,
                      guint     last,
                      WordClass word_class)
{
  if (first >= last)
    return FALSE;
  if (ctx->sentence_of[first] != ctx->sentence_of[last - 1])
    return TRUE;
  return (ctx->sentence_class[ctx->sentence_of[first]] & word_class) != 0;
}

/* Whether token @i is a word of @word_class, once classify_words() ran */
static inline gboolean
tok_has_class (Ctx      *ctx,
               guint     i,
               WordClass word_class)
{
  return i < ctx->n && (ctx->word_class[i] & word_class) != 0;
}

/* The first token from @i on that is a word of @word_class, or ctx->n:
 * a pass that looks only at such words goes from one to the next */
static inline guint
next_of_class (Ctx      *ctx,
               guint     i,
               WordClass word_class)
{
  /* four tokens' classes at a time: most words have none */
  const guint64 lanes = (guint64) word_class * G_GUINT64_CONSTANT (0x0001000100010001);

  while (i + 4 <= ctx->n)
    {
      guint64 w;

      memcpy (&w, ctx->word_class + i, sizeof w);
      if (w & lanes)
        break;
      i += 4;
    }
  while (i < ctx->n && !(ctx->word_class[i] & word_class))
    i++;
  return i;
}

/* The first token from @i on, before @last, that is a word of
 * @word_class, or @last: next_of_class() for a pass within one sentence */
static inline guint
next_of_class_before (Ctx      *ctx,
                      guint     i,
                      guint     last,
                      WordClass word_class)
{
  const guint64 lanes = (guint64) word_class * G_GUINT64_CONSTANT (0x0001000100010001);

  g_assert (last <= ctx->n);
  while (i + 4 <= last)
    {
      guint64 w;

      memcpy (&w, ctx->word_class + i, sizeof w);
      if (w & lanes)
        break;
      i += 4;
    }
  while (i < last && !(ctx->word_class[i] & word_class))
    i++;
  return i;
}

/* The index of the first element of @array, sorted by the guint token
 * index at @offset in each element, whose token is @i or after it. */
static guint
lower_bound_token (GArray *array,
                   gsize   offset,
                   guint   i)
{
  guint size = g_array_get_element_size (array);
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint token;

      memcpy (&token, array->data + (gsize) mid * size + offset, sizeof token);
      if (token < i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The index in Ctx.dates of the first date that starts at token @i or
 * after it. ch_date_scan_tokens_classes() gives the dates in text order,
 * one after another, so a sentence's pass over them can start at its own
 * first date instead of at the document's. */
static guint
first_date_from (Ctx   *ctx,
                 guint  i)
{
  return lower_bound_token (ctx->dates, G_STRUCT_OFFSET (ChDateMatch, first_token), i);
}

/* The index in Ctx.pmentions of the first person mention whose name
 * starts at token @i or after it; once sort_pmentions() has run they are
 * in text order, and a sentence's pass over them starts there and stops
 * at the first past the sentence. */
static guint
first_pmention_from (Ctx   *ctx,
                     guint  i)
{
  return lower_bound_token (ctx->pmentions, G_STRUCT_OFFSET (PersonMention, first), i);
}

static gboolean
tok_is_char (Ctx   *ctx,
             guint  i,
             char   c)
{
  return i < ctx->n && ctx->tokens[i].len == 1 && ctx->text[ctx->tokens[i].start] == c;
}

/* Whether token @i is punctuation spelt either as one of the ASCII
 * characters in @ascii or as a three-byte UTF-8 character of U+2000..U+203F
 * (E2 80 xx) whose last byte lies in @lo..@hi: quotes and dashes come in
 * both forms. */
static inline __attribute__((always_inline)) gboolean
tok_is_punct_of (Ctx        *ctx,
                 guint       i,
                 const char *ascii,
                 guchar      lo,
                 guchar      hi)
{
  const guchar *p;

  if (i >= ctx->n || !(ctx->tokens[i].flags & CH_TOKEN_PUNCT))
    return FALSE;
  p = (const guchar *) ctx->text + ctx->tokens[i].start;
  if (ctx->tokens[i].len == 1)
    {
      /* strchr() over a literal of one or two characters, unrolled */
      for (const char *a = ascii; *a != '\0'; a++)
        if ((guchar) *a == *p)
          return TRUE;
      return FALSE;
    }
  return ctx->tokens[i].len == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] >= lo && p[2] <= hi;
}

/* Straight quotes both open and close; U+2018 and U+201C open. */
static gboolean
tok_is_open_quote (Ctx   *ctx,
                   guint  i)
{
  return tok_is_punct_of (ctx, i, "\"'", 0x9c, 0x9c) || tok_is_punct_of (ctx, i, "", 0x98, 0x98);
}

/* U+2019 and U+201D close. */
static gboolean
tok_is_close_quote (Ctx   *ctx,
                    guint  i)
{
  return tok_is_punct_of (ctx, i, "\"'", 0x9d, 0x9d) || tok_is_punct_of (ctx, i, "", 0x99, 0x99);
}

/* Hyphen-minus, and U+2010..U+2014 (hyphen to em dash). */
static gboolean
tok_is_dash (Ctx   *ctx,
             guint  i)
{
  return tok_is_punct_of (ctx, i, "-", 0x90, 0x94);
}

/* The words of a span with single spaces, and no space before "." or ","
 * or after a hyphen, so that "Vladimir  A.  Chizhov" reads naturally. */
static char *
span_words (Ctx   *ctx,
            guint  first,
            guint  last)
{
  GString *s = g_string_new (NULL);

  for (guint i = first; i < last; i++)
    {
      const ChToken *t = tok (ctx, i);

      if (i > first && (t->flags & CH_TOKEN_SPACE))
        g_string_append_c (s, ' ');
      g_string_append_len (s, ctx->text + t->start, t->len);
    }
  return g_string_free (s, FALSE);
}

static char *
collapse_whitespace (const char *text,
                     gsize       len)
{
  /* written in place: the result is never longer than @text, and
   * g_string_append_c() per byte shows in profiles */
  char *out = g_malloc (len + 1);
  gsize n = 0;
  gsize slow_until = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c;

#ifdef __SSE2__
      /* sixteen bytes at once where their only white space is single
       * spaces between words, which is most of a sentence: copied as they
       * are. A space at the block's end needs a word after it, and none
       * leads the result. Where a block does not qualify, it goes byte by
       * byte. */
      if (i >= slow_until && n > 0 && i + 16 < len)
        {
          __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (text + i));
          guint white = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (x, _mm_set1_epi8 (' ')), x));
          guint space = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 (' ')));

          if (white == space && (space & (space >> 1)) == 0 &&
              (!(space & 0x8000) || (guchar) text[i + 16] > ' '))
            {
              _mm_storeu_si128 ((__m128i *) (void *) (out + n), x);
              n += 16;
              i += 15;
              continue;
            }
          slow_until = i + 16;
        }
#endif
      c = text[i];

      /* every white space character lies at or below ' ', and most
       * characters above it */
      if ((guchar) c > ' ')
        {
          out[n++] = c;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        {
          /* the run of white space and the word after it */
          while (i + 1 < len && (text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n' ||
                                 text[i + 1] == '\r' || text[i + 1] == '\f' || text[i + 1] == '\v'))
            i++;
          if (i + 1 < len && n > 0)
            out[n++] = ' ';
          continue;
        }
      out[n++] = c;
    }
  out[n] = '\0';
  return out;
}

static Cue
cue_at (Ctx   *ctx,
        guint  i)
{
  return i < ctx->n ? (Cue) ctx->cue[i] : CUE_NONE;
}

static const Mention *
mention_at (Ctx   *ctx,
            guint  i)
{
  gint32 m;

  if (i >= ctx->n)
    return NULL;
  m = ctx->mention_at[i];
  return m >= 0 ? &g_array_index (ctx->mentions, Mention, m) : NULL;
}

static const Mention *
mention_starting_at (Ctx   *ctx,
                     guint  i)
{
  const Mention *m = mention_at (ctx, i);

  return m != NULL && m->first == i ? m : NULL;
}

static gboolean
is_country_mention (const Mention *m)
{
  return m != NULL && m->entry->kind == CH_GAZ_COUNTRY;
}

/* Whether the document names the country @code (or its people) anywhere:
 * a city's country the text never speaks of is more likely another city
 * of the name than the place of the event */
static gboolean
document_names_country (Ctx        *ctx,
                        const char *code)
{
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);

      if (is_country_mention (m) && g_strcmp0 (m->entry->code, code) == 0)
        return TRUE;
    }
  return FALSE;
}

static Sentence *
sentence (Ctx   *ctx,
          guint  s)
{
  return &g_array_index (ctx->sentences, Sentence, s);
}

static void
ptr_add_unique (GPtrArray  *array,
                const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  for (guint i = 0; i < array->len; i++)
    if (array->pdata[i] == value || strcmp (array->pdata[i], value) == 0)
      return;
  g_ptr_array_add (array, (gpointer) value);
}

/* Pass 1: cues and gazetteer mentions */

static gboolean
next_is_capitalised (Ctx   *ctx,
                     guint  i)
{
  if (tok_is_char (ctx, i, '.'))
    i++;
  return i < ctx->n && (ctx->tokens[i].flags & CH_TOKEN_UPPER) != 0;
}

/* A set of interned strings, by pointer, sized once for @n of them: every
 * document builds one, and a GHashTable costs an allocation per name. */
typedef struct
{
  const char **slots;
  guint        mask;
} NameSet;

static void
name_set_init (NameSet *set,
               guint    n)
{
  guint size = 16;

  while (size < n * 2)
    size *= 2;
  set->slots = g_new0 (const char *, size);
  set->mask = size - 1;
}

static inline guint
name_set_slot (const NameSet *set,
               const char    *name)
{
  guintptr h = (guintptr) name;

  return (guint) ((h ^ (h >> 17)) * 0x9e3779b1u) & set->mask;
}

static void
name_set_add (NameSet    *set,
              const char *name)
{
  guint slot = name_set_slot (set, name);

  while (set->slots[slot] != NULL && set->slots[slot] != name)
    slot = (slot + 1) & set->mask;
  set->slots[slot] = name;
}

static gboolean
name_set_contains (const NameSet *set,
                   const char    *name)
{
  guint slot = name_set_slot (set, name);

  while (set->slots[slot] != NULL)
    {
      if (set->slots[slot] == name)
        return TRUE;
      slot = (slot + 1) & set->mask;
    }
  return FALSE;
}

/* A spelling the gazetteer marks ambiguous ("Georgia", "Jordan", "Chad",
 * "Premier") counts only with support: the same entry named unambiguously
 * elsewhere in the document, a preposition of place before a place, a name
 * after a title. */
static void
filter_ambiguous (Ctx *ctx)
{
  NameSet sure;
  g_autofree Mention *kept = NULL;
  guint n_kept = 0;
  guint n_ambiguous = 0;

  name_set_init (&sure, ctx->mentions->len);
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);

      if (m->entry->flags & CH_GAZ_FLAG_AMBIGUOUS)
        n_ambiguous++;
      else
        name_set_add (&sure, m->entry->name);
    }
  if (n_ambiguous == 0)
    {
      g_free (sure.slots);
      return;
    }

  /* a plain buffer: an append per mention costs a call and a copy */
  kept = g_new (Mention, ctx->mentions->len);
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);
      gboolean keep = TRUE;

      if (m->entry->flags & CH_GAZ_FLAG_AMBIGUOUS)
        {
          gboolean place = m->entry->kind == CH_GAZ_COUNTRY || m->entry->kind == CH_GAZ_CITY ||
                           m->entry->kind == CH_GAZ_VENUE;
          gboolean after_preposition = m->first > 0 &&
            (tok_is (ctx, m->first - 1, "in") || tok_is (ctx, m->first - 1, "to") ||
             tok_is (ctx, m->first - 1, "from") || tok_is (ctx, m->first - 1, "at") ||
             /* "near the city of Mary", "the resort town of Victoria" */
             (m->entry->kind == CH_GAZ_CITY && m->first > 1 && tok_is (ctx, m->first - 1, "of") &&
              (tok_is (ctx, m->first - 2, "city") || tok_is (ctx, m->first - 2, "town") ||
               tok_is (ctx, m->first - 2, "village") || tok_is (ctx, m->first - 2, "resort") ||
               tok_is (ctx, m->first - 2, "port"))));

          gboolean coordinated = FALSE;

          if (m->entry->kind == CH_GAZ_COUNTRY)
            {
              guint before = m->first >= 2 ? m->first - 2 : G_MAXUINT;
              guint after = m->first + m->n + 1;

              if (before != G_MAXUINT && (tok_is (ctx, before + 1, "and") || tok_is_char (ctx, before + 1, ',') ||
                                          tok_is_dash (ctx, before + 1)))
                coordinated = is_country_mention (mention_at (ctx, before));
              if (after < ctx->n && (tok_is (ctx, after - 1, "and") || tok_is_char (ctx, after - 1, ',') ||
                                     tok_is_dash (ctx, after - 1)))
                coordinated = coordinated || is_country_mention (mention_at (ctx, after));
            }
          /* "Indian Prime Minister", "the Indian side" */
          if ((m->entry->flags & CH_GAZ_FLAG_DEMONYM) && m->first + m->n < ctx->n)
            {
              const Mention *next = mention_at (ctx, m->first + m->n);
              Cue c = cue_at (ctx, m->first + m->n);

              if ((next != NULL && next->entry->kind == CH_GAZ_TITLE) || c == CUE_TITLE || c == CUE_SIDE)
                coordinated = TRUE;
            }
          keep = coordinated || name_set_contains (&sure, m->entry->name) ||
                 (place && after_preposition) ||
                 (m->entry->kind == CH_GAZ_TITLE && next_is_capitalised (ctx, m->first + m->n));
        }
      if (keep)
        kept[n_kept++] = *m;
    }
  g_free (sure.slots);

  memset (ctx->mention_at, 0xff, sizeof (gint32) * (ctx->n + 1));
  g_array_set_size (ctx->mentions, 0);
  g_array_append_vals (ctx->mentions, kept, n_kept);
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);

      for (guint j = m->first; j < m->first + m->n; j++)
        ctx->mention_at[j] = (gint32) k;
    }
}

static void
match_all (Ctx *ctx)
{
  ChGazMatch matches[64];
  const guint32 *words = ctx->index_words;
  Mention *out;
  guint n_out = 0;

  ctx->cue = g_new0 (guint8, ctx->n + 1);
  ctx->cue_len = g_new0 (guint8, ctx->n + 1);
  ctx->mention_at = g_new (gint32, ctx->n + 1);
  memset (ctx->mention_at, 0xff, sizeof (gint32) * (ctx->n + 1));
  /* room for the most mentions there can be, one per token, written in
   * place: an append per mention costs a call and a copy */
  g_array_set_size (ctx->mentions, ctx->n);
  out = (Mention *) ctx->mentions->data;

  /* one lookup per word for both the cues and the gazetteer, made by the
   * tokenizer: most words start no entry of either, and the tries are
   * walked only from those that do (which are words: punctuation has no
   * index word) */

  /* the longest cue at every word; of cues of one length, the first listed */
  ch_gaz_index_longest (ctx->self->index, 0, ctx->text, ctx->tokens, ctx->n, words,
                        ctx->cue, ctx->cue_len);

  for (guint i = 0; i < ctx->n;)
    {
      const ChGazEntry *best = NULL;
      guint best_n = 0;
      guint k;

      /* most tokens start nothing: one test of what the scan found
       * (punctuation has neither a word nor a cue) */
      if (!CH_GAZ_INDEX_STARTS (words[i], 1) && ctx->cue[i] != CUE_AGENCY)
        {
          i++;
          continue;
        }
      /* "Pak Sahafat" is a news agency, not Pakistan */
      if (ctx->cue[i] == CUE_AGENCY)
        {
          i += ctx->cue_len[i];
          continue;
        }
      k = ch_gaz_index_match (ctx->self->index, 1, words[i], ctx->text, ctx->tokens, ctx->n, i,
                              matches, G_N_ELEMENTS (matches));
      for (guint j = 0; j < k; j++)
        {
          const ChGazEntry *e = matches[j].entry;
          guint n = matches[j].n_tokens;

          /* a match must end at a word boundary: not "Pakistan" in "Pakistan-made" is fine,
           * but a trailing hyphen-compound continuation of a name is not cut */
          /* at equal length, a topic term beats another topic's exclude
           * phrase: "food security" is agriculture, and not security */
          if (n > best_n || (n == best_n && best != NULL && e->kind < best->kind &&
                             !(best->kind == CH_GAZ_PERSON)) ||
              (n == best_n && best != NULL && e->kind == best->kind &&
               (best->flags & CH_GAZ_FLAG_EXCLUDE) && !(e->flags & CH_GAZ_FLAG_EXCLUDE)))
            {
              best = e;
              best_n = n;
            }
        }
      if (best == NULL)
        {
          i++;
          continue;
        }
      out[n_out].entry = best;
      out[n_out].first = i;
      out[n_out].n = best_n;
      for (guint j = i; j < i + best_n; j++)
        ctx->mention_at[j] = (gint32) n_out;
      n_out++;
      i += best_n;
    }
  g_array_set_size (ctx->mentions, n_out);

  filter_ambiguous (ctx);

  /* "when Theresa May hosted Macron", "Prime Minister May met": inside a
   * name or after a word, a capitalised "May" is no modal verb, which
   * would make the sentence a plan */
  for (const guint8 *c = memchr (ctx->cue + 1, CUE_FUTURE, ctx->n - 1); c != NULL;
       c = memchr (c + 1, CUE_FUTURE, ctx->n - (guint) (c + 1 - ctx->cue)))
    {
      /* few tokens are a modal verb: memchr() finds them */
      guint i = (guint) (c - ctx->cue);

      if ((ctx->tokens[i].flags & CH_TOKEN_UPPER) &&
          (ctx->tokens[i - 1].flags & CH_TOKEN_WORD) && tok_is (ctx, i, "May"))
        ctx->cue[i] = CUE_NONE;
    }
}

/* Pass 2: sentences and lines */

static gboolean is_digraph_initial (Ctx   *ctx,
                                    guint  j);

static gboolean
is_abbreviation (Ctx   *ctx,
                 guint  i)
{
  const ChToken *t;
  Cue c = cue_at (ctx, i);

  if (i >= ctx->n)
    return FALSE;
  t = tok (ctx, i);
  if (c == CUE_HONORIFIC)
    return TRUE;
  /* single capitals: initials, "U.S." */
  if ((t->flags & CH_TOKEN_UPPER) && t->len == 1)
    return TRUE;
  /* "Prime Minister Ch. Saikhanbileg" */
  if (is_digraph_initial (ctx, i) && i + 2 < ctx->n && (tok (ctx, i + 2)->flags & CH_TOKEN_UPPER))
    return TRUE;
  return tok_has_class (ctx, i, WORD_ABBREV);
}

/* Appends a sentence to the buffer of split_sentences() */
static inline void
push_sentence (Sentence **buf,
               guint     *n,
               guint     *cap,
               guint      first,
               guint      last,
               guint      line)
{
  if (*n == *cap)
    {
      *cap *= 2;
      *buf = g_renew (Sentence, *buf, *cap);
    }
  (*buf)[*n].first = first;
  (*buf)[*n].last = last;
  (*buf)[*n].line = line;
  (*buf)[*n].flags = 0;
  (*n)++;
}

static void
split_sentences (Ctx *ctx)
{
  guint first = 0;
  guint line = 0;
  /* the sentences go to a buffer of their own and to ctx->sentences in
   * one call; the index of the sentence being read is their number */
  guint n_sent = 0, cap = 64;
  Sentence *sent = g_new (Sentence, cap);
  guint *sentence_of = g_new0 (guint, ctx->n + 1);
  const ChToken *tokens = ctx->tokens;
  /* in a local: the stores to sentence_of[] would otherwise make the
   * compiler read ctx->n again for every token */
  const guint n = ctx->n;

  g_assert (ctx->sentences->len == 0);
  ctx->sentence_of = sentence_of;

  for (guint i = 0; i < n; i++)
    {
      gboolean end = FALSE;
      const ChToken *t = &tokens[i];
      guint flags = t->flags;

      if (flags & CH_TOKEN_NEWLINE)
        {
          if (i > first)
            {
              push_sentence (&sent, &n_sent, &cap, first, i, line);
              first = i;
            }
          line++;
        }

      sentence_of[i] = n_sent;

      if ((flags & CH_TOKEN_PUNCT) && t->len == 1)
        {
          char c = ctx->text[t->start];

          if ((c == '.' || c == '!' || c == '?') && i + 1 < n)
            {
              const ChToken *next = &tokens[i + 1];
              guint k = i + 1;

              /* a closing quote after the full stop stays with the sentence */
              if (tok_is_close_quote (ctx, k) && !(next->flags & CH_TOKEN_SPACE))
                {
                  k++;
                  next = k < n ? &tokens[k] : NULL;
                }
              if (next != NULL && (next->flags & (CH_TOKEN_SPACE | CH_TOKEN_NEWLINE)) &&
                  (next->flags & (CH_TOKEN_UPPER | CH_TOKEN_DIGIT | CH_TOKEN_PUNCT)) &&
                  !(c == '.' && is_abbreviation (ctx, i - (i > 0 ? 1 : 0))))
                {
                  end = TRUE;
                  while (i + 1 < k)
                    {
                      i++;
                      sentence_of[i] = n_sent;
                    }
                }
            }
        }
      if (i + 1 - first >= MAX_SENTENCE)
        end = TRUE;

      if (end)
        {
          push_sentence (&sent, &n_sent, &cap, first, i + 1, line);
          first = i + 1;
        }
    }
  if (first < n)
    push_sentence (&sent, &n_sent, &cap, first, n, line);

  /* every token got the index of the sentence it was read into: the
   * sentences cover the tokens in order, none empty */
  g_array_append_vals (ctx->sentences, sent, n_sent);
  g_free (sent);
#ifdef CH_CHECK_SENTENCE_OF
  for (guint s = 0; s < ctx->sentences->len; s++)
    for (guint i = sentence (ctx, s)->first; i < sentence (ctx, s)->last; i++)
      g_assert_cmpuint (ctx->sentence_of[i], ==, s);
#endif
}

static guint
count_words (Ctx   *ctx,
             guint  first,
             guint  last)
{
  guint n = 0;

  for (guint i = first; i < last; i++)
    if (ctx->tokens[i].flags & CH_TOKEN_WORD)
      n++;
  return n;
}

/* "26.1 C", "31°C", "75 F": a weather widget's line */
static gboolean
is_weather_line (Ctx   *ctx,
                 guint  first,
                 guint  last)
{
  guint i = first;

  if (!(tok (ctx, i)->flags & CH_TOKEN_DIGIT))
    return FALSE;
  i++;
  if (tok_is_char (ctx, i, '.') && i + 1 < last && (tok (ctx, i + 1)->flags & CH_TOKEN_DIGIT))
    i += 2;
  if (i < last && (tok (ctx, i)->flags & CH_TOKEN_PUNCT))
    i++;
  return i + 1 == last && (tok_is (ctx, i, "C") || tok_is (ctx, i, "F"));
}

static gboolean
line_ends_sentence (Ctx   *ctx,
                    guint  last)
{
  guint i = last - 1;

  while (i > 0 && tok_is_close_quote (ctx, i))
    i--;
  return tok_is_char (ctx, i, '.') || tok_is_char (ctx, i, '!') || tok_is_char (ctx, i, '?') ||
         tok_is_char (ctx, i, ':');
}

static gboolean
is_date_only (Ctx   *ctx,
              guint  first,
              guint  last)
{
  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

      if (m->first_token == first && m->first_token + m->n_tokens >= last - (tok_is_char (ctx, last - 1, '.') ? 1 : 0))
        return TRUE;
    }
  return FALSE;
}

static const ChDateMatch *
date_in_line (Ctx   *ctx,
              guint  first)
{
  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

      if (m->first_token == first)
        return m;
    }
  return NULL;
}

static gboolean
starts_with_dateline (Ctx   *ctx,
                      guint  first)
{
  ChDateline dl;
  const Mention *m = mention_starting_at (ctx, first);

  if (!((m != NULL && m->entry->kind == CH_GAZ_CITY) || (tok (ctx, first)->flags & CH_TOKEN_ALL_UPPER)))
    return FALSE;
  if (!ch_date_parse_dateline_tokens (ctx->text, ctx->len, ctx->tokens, ctx->n, first, NULL, &dl))
    return FALSE;
  /* capitals before a colon that are no known place and carry neither a
   * date nor an agency are a label ("PRESS STATEMENT: …"), not a dateline */
  return (m != NULL && m->entry->kind == CH_GAZ_CITY) || dl.day.year != 0 || dl.agency_end != 0;
}

static void
classify_lines (Ctx *ctx)
{
  guint n_sent = ctx->sentences->len;
  guint s = 0;
  guint header_lines = 0;
  const ChDateMatch *header_date = NULL;
  const char *title = ch_document_get_title (ctx->document);
  gboolean furniture_next = FALSE;
  gboolean body_started = FALSE;
  gboolean seen_event_cue = FALSE;
  gboolean reported_before = FALSE;
  gboolean background = FALSE;
  const guint8 *cues = ctx->cue;

  /* the header block: short lines above the first line of prose */
  while (s < n_sent)
    {
      Sentence *se = sentence (ctx, s);
      guint line = se->line;
      guint last = se->last;
      guint k = s;
      guint words;

      while (k + 1 < n_sent && sentence (ctx, k + 1)->line == line)
        last = sentence (ctx, ++k)->last;
      words = count_words (ctx, se->first, last);
      if (words > 4 || line_ends_sentence (ctx, last) || k > s)
        break;
      if (is_date_only (ctx, se->first, last))
        header_date = date_in_line (ctx, se->first);
      for (guint j = s; j <= k; j++)
        sentence (ctx, j)->flags |= SENT_HEADER;
      header_lines++;
      s = k + 1;
    }

  /* a lone date line above the headline is the article's date; with other
   * page furniture around it, it is the site's "today" banner */
  if (header_date != NULL && header_lines == 1 && ctx->doc_date.year == 0 &&
      header_date->day.year != 0)
    ctx->doc_date = header_date->day;

  /* "Dhaka | June 6, 2015 | Bengal Wire": a line of page metadata giving
   * the place and the day */
  while (s < n_sent)
    {
      Sentence *se = sentence (ctx, s);
      guint last = se->last;
      guint k = s;
      gboolean pipes = FALSE;

      while (k + 1 < n_sent && sentence (ctx, k + 1)->line == se->line)
        last = sentence (ctx, ++k)->last;
      for (guint i = se->first; i < last; i++)
        if (tok_is_char (ctx, i, '|'))
          pipes = TRUE;
      if (!pipes || count_words (ctx, se->first, last) > 14)
        break;
      for (guint j = s; j <= k; j++)
        sentence (ctx, j)->flags |= SENT_FURNITURE;
      for (guint d = 0; d < ctx->dates->len; d++)
        {
          const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

          if (m->first_token >= se->first && m->first_token < last && ctx->doc_date.year == 0 &&
              ch_day_get_precision (&m->day) == CH_DATE_PRECISION_DAY)
            ctx->doc_date = m->day;
        }
      {
        const Mention *m = mention_starting_at (ctx, se->first);

        if (m != NULL && m->entry->kind == CH_GAZ_CITY && ctx->dateline_text == NULL &&
            (tok_is_char (ctx, se->first + m->n, '|') || tok_is_char (ctx, se->first + m->n, ',')))
          {
            ctx->dateline_text = span_words (ctx, se->first, se->first + m->n);
            ctx->dateline_city = m->entry->name;
            ctx->dateline_country = m->entry->code;
          }
      }
      s = k + 1;
    }

  /* the headline: the document's title, or a short first line */
  if (s < n_sent)
    {
      Sentence *se = sentence (ctx, s);
      guint last = se->last;
      guint k = s;
      g_autofree char *line_text = NULL;
      gboolean more = FALSE;

      while (k + 1 < n_sent && sentence (ctx, k + 1)->line == se->line)
        last = sentence (ctx, ++k)->last;
      more = k + 1 < n_sent;
      line_text = collapse_whitespace (ctx->text + tok (ctx, se->first)->start,
                                       tok (ctx, last - 1)->start + tok (ctx, last - 1)->len -
                                       tok (ctx, se->first)->start);
      /* a lede opening with a dateline is never the headline, nor is a
       * long sentence, whatever the title says */
      if (more && k == s && count_words (ctx, se->first, last) <= 25 &&
          !starts_with_dateline (ctx, se->first) &&
          ((title != NULL && *title != '\0' && strcmp (g_strstrip (line_text), title) == 0) ||
           (!tok_is_char (ctx, last - 1, '.') && !tok_is_char (ctx, last - 1, ':'))))
        for (guint j = s; j <= k; j++)
          sentence (ctx, j)->flags |= SENT_HEADLINE;
    }

  for (; s < n_sent; s++)
    {
      Sentence *se = sentence (ctx, s);
      gboolean line_start = s == 0 || sentence (ctx, s - 1)->line != se->line;
      gboolean line_end = s + 1 >= n_sent || sentence (ctx, s + 1)->line != se->line;

      if (se->flags & SENT_HEADLINE)
        continue;

      if (line_start && furniture_next)
        {
          se->flags |= SENT_FURNITURE;
          furniture_next = !line_end;
          continue;
        }
      furniture_next = FALSE;

      if (line_start && cue_at (ctx, se->first) == CUE_FURNITURE &&
          (count_words (ctx, se->first, se->last) <= 6 ||
           tok_is_char (ctx, se->first + ctx->cue_len[se->first], ':')))
        {
          se->flags |= SENT_FURNITURE;
          /* "Read more:" alone on its line: the link's title follows */
          if (tok_is_char (ctx, se->last - 1, ':') && line_end)
            furniture_next = TRUE;
          /* the rest of the line is the link */
          for (guint j = s + 1; j < n_sent && sentence (ctx, j)->line == se->line; j++)
            sentence (ctx, j)->flags |= SENT_FURNITURE;
          continue;
        }
      if (line_start && line_end && is_weather_line (ctx, se->first, se->last))
        {
          se->flags |= SENT_FURNITURE;
          continue;
        }
      /* the words are counted last, for the few lines that get there */
      if (line_start && line_end && body_started && !line_ends_sentence (ctx, se->last) &&
          count_words (ctx, se->first, se->last) <= 8)
        {
          se->flags |= SENT_HEADING;
          if (seen_event_cue)
            background = TRUE;
          continue;
        }
      body_started = TRUE;
      if (background)
        se->flags |= SENT_BACKGROUND;
      /* "pledged to deepen economic ties that have grown since …": the
       * relationship told in a clause of the report itself leaves the
       * sentences after it to the report */
      reported_before = seen_event_cue;
      for (guint i = se->first; i < se->last; i++)
        {
          /* cue_at() without its bounds test: a sentence's tokens are
           * the document's */
          Cue c = (Cue) cues[i];

          /* most tokens have no cue of the two tests below */
          if (!((1u << c) & ((1u << CUE_BACKGROUND) | (1u << CUE_BACKGROUND_START) | (1u << CUE_MEET) |
                             (1u << CUE_VISIT) | (1u << CUE_SIDELINES) | (1u << CUE_PHONE))))
            continue;
          /* the relationship in general: the rest of the article is
           * background once the report has been given */
          if ((c == CUE_BACKGROUND && seen_event_cue == reported_before) ||
              (c == CUE_BACKGROUND_START && i == se->first))
            {
              se->flags |= SENT_BACKGROUND;
              if (reported_before)
                background = TRUE;
            }
          if (c == CUE_MEET || c == CUE_VISIT || c == CUE_SIDELINES || c == CUE_PHONE)
            seen_event_cue = TRUE;
        }
    }
}

/* Pass 3: dateline and the document's date */

/* Whether the text from token @first starts with a dateline, taken as the
 * document's; @lede: the first line of the text, where a news agency's
 * name may stand instead */
/* "NUR-SULTAN" -> "Nur-Sultan": a name written in capitals as a name is
 * written, each word and each part of a hyphenated word upper case first */
static char *
name_case (const char *text)
{
  GString *name = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, start ? g_unichar_toupper (c) : g_unichar_tolower (c));
      start = c == ' ' || c == '-';
    }
  return g_string_free (name, FALSE);
}

static gboolean
take_dateline (Ctx      *ctx,
               guint     first,
               gboolean  lede)
{
  ChDateline dl;

  if (!ch_date_parse_dateline_tokens (ctx->text, ctx->len, ctx->tokens, ctx->n, first,
                                      &ctx->doc_date, &dl))
    return FALSE;
  {
    guint base = tok (ctx, first)->start;
    g_autofree char *city = g_strndup (ctx->text + base + dl.city_start, dl.city_end - dl.city_start);
    const ChGazEntry *entry = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_CITY, city);
    gboolean all_caps = TRUE;
    guint end_byte = base + dl.end;
    gboolean strong = FALSE;

    /* "ASUNCIÓN —", "BOGOTÁ:": capitals beyond ASCII are only found
     * spelt as the gazetteer spells them */
    if (entry == NULL)
      {
        g_autofree char *title = name_case (city);

        entry = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_CITY, title);
      }

    for (const char *p = city; *p != '\0'; p++)
      if (g_ascii_islower (*p))
        all_caps = FALSE;

    /* "ISLAMABAD:" or "MOSCOW (Reuters) -" are datelines even for a
     * place the gazetteer lacks; "Pak Sahafat –" is not */
    for (guint i = first; i < ctx->n && tok (ctx, i)->start < end_byte; i++)
      if (tok_is_char (ctx, i, ':') || tok_is_char (ctx, i, '('))
        strong = TRUE;
    if (entry == NULL && !(all_caps && strong))
      {
        /* a news agency opening the text: "Pak Sahafat – In an official …" */
        if (!lede)
          return FALSE;
        if (dl.day.year == 0 && dl.agency_start == 0)
          {
            for (guint i = first; i < ctx->n && tok (ctx, i)->start < base + dl.city_end; i++)
              ctx->agency_last = i + 1;
            ctx->agency_first = first;
          }
        if (dl.day.year != 0 && ctx->doc_date.year == 0 && tok_is (ctx, first, "date"))
          ctx->doc_date = dl.day;
        return FALSE;
      }

    g_free (ctx->dateline_text);
    ctx->dateline_text = g_steal_pointer (&city);
    if (entry != NULL)
      {
        ctx->dateline_city = entry->name;
        ctx->dateline_country = entry->code;
      }
    if (dl.day.year != 0 && ctx->doc_date.year == 0)
      ctx->doc_date = dl.day;

    ctx->dateline_first = first;
    ctx->dateline_last = first;
    while (ctx->dateline_last < ctx->n && tok (ctx, ctx->dateline_last)->start < end_byte)
      ctx->dateline_last++;
    if (dl.agency_start != 0)
      {
        ctx->agency_first = first;
        while (tok (ctx, ctx->agency_first)->start < base + dl.agency_start)
          ctx->agency_first++;
        ctx->agency_last = ctx->agency_first;
        while (ctx->agency_last < ctx->n && tok (ctx, ctx->agency_last)->start < base + dl.agency_end)
          ctx->agency_last++;
      }
  }
  return TRUE;
}

static void
find_dateline (Ctx *ctx)
{
  guint s;
  guint lines = 0;

  for (s = 0; s < ctx->sentences->len; s++)
    if (!(sentence (ctx, s)->flags & (SENT_IGNORED | SENT_HEADLINE)))
      break;
  if (s >= ctx->sentences->len)
    return;
  if (take_dateline (ctx, sentence (ctx, s)->first, TRUE))
    return;

  /* a saved page puts a standfirst and a byline above the lede, a
   * headline may open with a country's short name ("US, Cuba hold
   * talks"): a line opening in capitals with a dateline, a few lines
   * down, is still the story's dateline ("SINGAPORE — …") */
  for (s++; s < ctx->sentences->len && lines < 4; s++)
    {
      Sentence *se = sentence (ctx, s);

      if (se->flags & (SENT_IGNORED | SENT_HEADLINE))
        continue;
      if (!(tok (ctx, se->first)->flags & CH_TOKEN_NEWLINE))
        continue;
      lines++;
      if ((tok (ctx, se->first)->flags & CH_TOKEN_ALL_UPPER) && tok (ctx, se->first)->len > 2 &&
          take_dateline (ctx, se->first, FALSE))
        return;
    }
}

/* "Date of publication: 10 July 2018", "Published: …", a "date 2021-04-07"
 * header line: the article's own date, wherever the page put it */
static void
find_publication_date (Ctx *ctx)
{
  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);
      Sentence *se = sentence (ctx, ctx->sentence_of[m->first_token]);
      gboolean labelled = FALSE;

      if (m->relative || ch_day_get_precision (&m->day) != CH_DATE_PRECISION_DAY)
        continue;
      if (m->first_token - se->first > 5)
        continue;
      for (guint i = se->first; i < m->first_token; i++)
        if (tok_is (ctx, i, "published") || tok_is (ctx, i, "publication") ||
            tok_is (ctx, i, "posted") || tok_is (ctx, i, "date") || tok_is (ctx, i, "dated"))
          labelled = TRUE;
      if (labelled && (tok (ctx, se->first)->flags & CH_TOKEN_NEWLINE || se->first == 0))
        {
          ctx->doc_date = m->day;
          return;
        }
    }

  /* "President's Media Division – New Delhi, 16 December 2024": a short
   * line of its own near the top that ends in a city and a full date is
   * the report's dateline told after the issuer's name */
  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);
      guint s = ctx->sentence_of[m->first_token];
      Sentence *se = sentence (ctx, s);
      guint end = m->first_token + m->n_tokens;
      const Mention *city = NULL;

      if (s > 4)
        break;
      if (m->relative || ch_day_get_precision (&m->day) != CH_DATE_PRECISION_DAY)
        continue;
      if (se->last - se->first > 14 || !(tok (ctx, se->first)->flags & CH_TOKEN_NEWLINE || se->first == 0))
        continue;
      /* the date ends its line */
      if (end < ctx->n && end < se->last && !(tok (ctx, end)->flags & CH_TOKEN_NEWLINE))
        continue;
      if (m->first_token >= se->first + 2 && tok_is_char (ctx, m->first_token - 1, ','))
        for (guint i = se->first; i + 1 < m->first_token; i++)
          {
            const Mention *mm = mention_starting_at (ctx, i);

            if (mm != NULL && mm->entry->kind == CH_GAZ_CITY && i + mm->n + 1 == m->first_token)
              city = mm;
          }
      if (city != NULL)
        {
          ctx->doc_date = m->day;
          return;
        }
    }
}

/* Pass 4: persons */

static gboolean
is_stop_word (Ctx   *ctx,
              guint  i)
{
  char buf[32];
  const ChToken *t = tok (ctx, i);

  if (t->len >= sizeof buf)
    return FALSE;
  /* a word is looked up by its token hash, without copying it out */
  if (t->flags & CH_TOKEN_WORD)
    {
      for (guint slot = t->hash % STOP_SLOTS; ctx->self->stop_slots[slot] != NULL;
           slot = (slot + 1) % STOP_SLOTS)
        {
          const char *w = ctx->self->stop_slots[slot];

          /* the hash is of the word case-folded: a word spelt the same
           * has the same, and another hash rules the word out */
          if (ctx->self->stop_hashes[slot] == t->hash &&
              strncmp (w, ctx->text + t->start, t->len) == 0 && w[t->len] == '\0')
            return TRUE;
        }
      return FALSE;
    }
  memcpy (buf, ctx->text + t->start, t->len);
  buf[t->len] = '\0';
  return g_hash_table_contains (ctx->self->stop, buf);
}

static gboolean
compute_name_token (Ctx   *ctx,
                    guint  i)
{
  const ChToken *t;
  const Mention *m;
  Cue c;

  t = tok (ctx, i);
  if ((t->flags & (CH_TOKEN_UPPER | CH_TOKEN_LETTERS)) != (CH_TOKEN_UPPER | CH_TOKEN_LETTERS))
    return FALSE;
  if ((t->flags & CH_TOKEN_ALL_UPPER) || t->len < 2)
    return FALSE;
  if (i >= ctx->agency_first && i < ctx->agency_last)
    return FALSE;
  m = mention_at (ctx, i);
  if (m != NULL && m->entry->kind != CH_GAZ_PERSON)
    return FALSE;
  c = cue_at (ctx, i);
  if ((c == CUE_HONORIFIC || c == CUE_TITLE || c == CUE_AGENCY || c == CUE_FURNITURE) )
    return FALSE;
  return !is_stop_word (ctx, i);
}

/* Bits of Ctx.person_bits */
enum
{
  TOKEN_NAME         = 1 << 0,   /* compute_name_token() */
  TOKEN_PERSON_START = 1 << 1,   /* the first pass of find_persons() may start at it */
  TOKEN_NAME_START   = 1 << 2,   /* a name token after a token that is none */
};

static inline gboolean
is_name_token (Ctx   *ctx,
               guint  i)
{
  if (i >= ctx->n)
    return FALSE;
  /* find_persons() asks of most tokens several times, once the mentions
   * and cues it depends on are final: it reads them from a table */
  if (ctx->person_bits != NULL)
    return (ctx->person_bits[i] & TOKEN_NAME) != 0;
  return compute_name_token (ctx, i);
}

static gboolean tok_ends_with (Ctx        *ctx,
                               guint       i,
                               const char *suffix);

/* Length in tokens of the name starting at @i (0 if none), and its words. */
/* How many tokens the initials at @i take ("J. R. " is four) when a name
 * word follows them, else 0 */
/* "Ch.", "Ts.", "Kh.", "Sh.": the initial of a Mongolian patronymic is
 * the letter the Cyrillic alphabet has, romanised as two */
static gboolean
is_digraph_initial (Ctx   *ctx,
                    guint  j)
{
  const ChToken *t = tok (ctx, j);
  const char *p = ctx->text + t->start;

  return t->len == 2 && (t->flags & CH_TOKEN_UPPER) && (t->flags & CH_TOKEN_LETTERS) &&
         strchr ("CSKZTD", p[0]) != NULL && strchr ("hsz", p[1]) != NULL;
}

static guint
initials_before_name (Ctx   *ctx,
                      guint  i)
{
  guint j = i;

  while (j + 2 < ctx->n && j - i < 6 &&
         ((tok (ctx, j)->len == 1 && (tok (ctx, j)->flags & CH_TOKEN_UPPER) &&
           (tok (ctx, j)->flags & CH_TOKEN_LETTERS)) ||
          (j == i && is_digraph_initial (ctx, j))) &&
         tok_is_char (ctx, j + 1, '.') && !(tok (ctx, j + 1)->flags & CH_TOKEN_SPACE))
    j += 2;
  if (j == i || j >= ctx->n || !(tok (ctx, j)->flags & CH_TOKEN_SPACE) || !is_name_token (ctx, j) ||
      (tok (ctx, j)->flags & CH_TOKEN_NEWLINE))
    return 0;
  return j - i;
}

static guint
scan_name (Ctx   *ctx,
           guint  i,
           guint *n_words)
{
  guint j = i;
  guint words = 0;

  *n_words = 0;
  while (j < ctx->n && words < MAX_NAME_WORDS)
    {
      if (j > i && (tok (ctx, j)->flags & CH_TOKEN_NEWLINE))
        break;
      if (j == i && is_digraph_initial (ctx, j) && initials_before_name (ctx, j) > 0)
        {
          j += initials_before_name (ctx, j);
          words++;
          continue;
        }
      if (is_name_token (ctx, j))
        {
          words++;
          j++;
          /* Mata'afa, D'Souza: an apostrophe inside the word */
          if (j + 1 < ctx->n &&
              (tok_is_char (ctx, j, '\'') ||
               (tok (ctx, j)->len == 3 && strncmp (ctx->text + tok (ctx, j)->start, "\xe2\x80\x99", 3) == 0)) &&
              !(tok (ctx, j)->flags & CH_TOKEN_SPACE) && !(tok (ctx, j + 1)->flags & CH_TOKEN_SPACE) &&
              (tok (ctx, j + 1)->flags & CH_TOKEN_LETTERS) && tok (ctx, j + 1)->len >= 2)
            j += 2;
          /* Al-Nahyan, Abdul-Aziz */
          if (tok_is_char (ctx, j, '-') && !(tok (ctx, j)->flags & CH_TOKEN_SPACE) &&
              j + 1 < ctx->n && !(tok (ctx, j + 1)->flags & CH_TOKEN_SPACE) &&
              is_name_token (ctx, j + 1))
            j += 2;
          /* Ban Ki-moon, Yun Byung-se: a romanised given name of two
           * syllables, the second in lower case, after the family name;
           * not "Biden-led" or "Putin-era", whose part after the hyphen
           * is a word */
          else if (words >= 2 && tok_is_char (ctx, j, '-') && !(tok (ctx, j)->flags & CH_TOKEN_SPACE) &&
                   j + 1 < ctx->n && !(tok (ctx, j + 1)->flags & CH_TOKEN_SPACE) &&
                   (tok (ctx, j + 1)->flags & (CH_TOKEN_LETTERS | CH_TOKEN_UPPER)) == CH_TOKEN_LETTERS &&
                   tok (ctx, j + 1)->len <= 5 && tok (ctx, j - 1)->len <= 5 &&
                   !tok_ends_with (ctx, j + 1, "ed"))
            {
              static const char *const words_after[] = {
                "era", "style", "like", "type", "free", "wide", "run", "owned", "bound", "made",
              };

              if (!tok_is_one_of (ctx, j + 1, words_after, G_N_ELEMENTS (words_after)))
                j += 2;
            }
          continue;
        }
      /* O'Connor, D'Souza */
      if (j + 2 < ctx->n && tok (ctx, j)->len == 1 && (tok (ctx, j)->flags & CH_TOKEN_UPPER) &&
          (tok_is_char (ctx, j + 1, '\'') ||
           (tok (ctx, j + 1)->len == 3 && strncmp (ctx->text + tok (ctx, j + 1)->start, "\xe2\x80\x99", 3) == 0)) &&
          !(tok (ctx, j + 1)->flags & CH_TOKEN_SPACE) && !(tok (ctx, j + 2)->flags & CH_TOKEN_SPACE) &&
          is_name_token (ctx, j + 2))
        {
          words++;
          j += 3;
          continue;
        }
      /* given names as initials: "J. R. Jayewardene", "S. Jaishankar";
       * they count as one word, the given name */
      if (words == 0 && j == i && initials_before_name (ctx, j) > 0)
        {
          j += initials_before_name (ctx, j);
          words++;
          continue;
        }
      /* a middle initial: "Vladimir A. Chizhov" */
      if (words >= 1 && j + 2 < ctx->n && tok (ctx, j)->len == 1 &&
          (tok (ctx, j)->flags & CH_TOKEN_UPPER) && tok_is_char (ctx, j + 1, '.') &&
          is_name_token (ctx, j + 2))
        {
          j += 2;
          continue;
        }
      if (words >= 1 && cue_at (ctx, j) == CUE_PARTICLE && !(tok (ctx, j)->flags & CH_TOKEN_UPPER) &&
          is_name_token (ctx, j + 1 + (tok_is_char (ctx, j + 1, '-') ? 1 : 0)))
        {
          j += tok_is_char (ctx, j + 1, '-') ? 2 : 1;
          continue;
        }
      break;
    }
  *n_words = words;
  return words > 0 ? j - i : 0;
}

static char *
name_first_key (const char *name)
{
  g_autofree char *key = ch_alias_name_key (name);
  const char *space = strchr (key, ' ');

  return space != NULL ? g_strndup (key, space - key) : g_strdup (key);
}

static void
index_person_key (Ctx   *ctx,
                  char  *key,
                  guint  person)
{
  GArray *list = g_hash_table_lookup (ctx->person_index, key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (ctx->person_index, key, list);
    }
  else
    g_free (key);
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, guint, i) == person)
      return;
  g_array_append_val (list, person);
}

/* ch_alias_name_key() of names met before, per thread: a key costs
 * thousands of instructions, and a corpus names the same people in
 * document after document. Emptied when full, so memory stays bounded. */
#define NAME_KEY_CACHE_MAX 4096

static GPrivate name_key_cache = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

static const char *
cached_name_key (const char *name)
{
  GHashTable *cache = g_private_get (&name_key_cache);
  char *key;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_private_set (&name_key_cache, cache);
    }
  key = g_hash_table_lookup (cache, name);
  if (key == NULL)
    {
      if (g_hash_table_size (cache) >= NAME_KEY_CACHE_MAX)
        g_hash_table_remove_all (cache);
      key = ch_alias_name_key (name);
      g_hash_table_insert (cache, g_strdup (name), key);
    }
  return key;
}

/* ch_alias_name_key() of @name, owned by @ctx until the next call */
static const char *
name_key (Ctx        *ctx,
          const char *name)
{
  if (ctx->key_name == NULL || strcmp (ctx->key_name, name) != 0)
    {
      g_free (ctx->key_name);
      g_free (ctx->key);
      ctx->key_name = g_strdup (name);
      ctx->key = g_strdup (cached_name_key (name));
    }
  return ctx->key;
}

/* Persons are found again by the key of their first or last word. */
static void
index_person (Ctx        *ctx,
              const char *name,
              guint       person)
{
  const char *key = name_key (ctx, name);
  const char *space = strrchr (key, ' ');
  const char *first_space = strchr (key, ' ');

  /* one phonetic key, cut into its first and last words */
  index_person_key (ctx, g_strdup (space != NULL ? space + 1 : key), person);
  index_person_key (ctx, first_space != NULL ? g_strndup (key, first_space - key) : g_strdup (key),
                    person);
}

/* Whether two names of two words, whose surnames sound alike, begin with
 * forms of one given name: the first four letters alike ("Nikos",
 * "Nikolaos"), or one given name the start of the other ("Alex",
 * "Alexander") */
static gboolean
same_given_name_stem (const char *a,
                      const char *b)
{
  const char *sa = strchr (a, ' ');
  const char *sb = strchr (b, ' ');
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;
  glong la, lb, common = 0;
  const char *pa, *pb;

  if (sa == NULL || sb == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, sa - a);
  fb = g_utf8_casefold (b, sb - b);
  la = g_utf8_strlen (fa, -1);
  lb = g_utf8_strlen (fb, -1);
  for (pa = fa, pb = fb; *pa != '\0' && *pb != '\0' && g_utf8_get_char (pa) == g_utf8_get_char (pb);
       pa = g_utf8_next_char (pa), pb = g_utf8_next_char (pb))
    common++;
  if (la < 3 || lb < 3 || strcmp (fa, fb) == 0)
    return FALSE;
  return common >= 4 || common == MIN (la, lb);
}

/* Finds the person a spelling belongs to; -2 when a single word fits several. */
static gint
find_person (Ctx        *ctx,
             const char *name,
             guint       n_words)
{
  const char *key = name_key (ctx, name);
  const char *space = strrchr (key, ' ');
  const char *first_space = strchr (key, ' ');
  g_autofree char *last = g_strdup (space != NULL ? space + 1 : key);
  g_autofree char *first = first_space != NULL ? g_strndup (key, first_space - key) : g_strdup (key);
  GArray *lists[2];
  gint found = -1;

  lists[0] = g_hash_table_lookup (ctx->person_index, last);
  lists[1] = n_words > 1 ? g_hash_table_lookup (ctx->person_index, first) : NULL;

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->len; i++)
      {
        guint p = g_array_index (lists[l], guint, i);
        Person *person = ctx->persons->pdata[p];

        gboolean match;

        if ((gint) p == found)
          continue;
        match = ch_alias_names_match (person->name, name);
        /* "Isaias" for Isaias Afwerki: where the given name is the name
         * the press uses, only a person the gazetteer knows is found
         * again by their first word alone */
        if (!match && n_words == 1 && l == 0 && person->curated != NULL && person->n_words > 1)
          {
            g_autofree char *pfirst = name_first_key (person->name);

            match = strcmp (pfirst, last) == 0;
          }
        /* "Nikolaos Dendias" for Nikos Dendias: the same surname after a
         * longer or shorter form of the same given name */
        if (!match && n_words == 2 && person->n_words == 2 && l == 0)
          match = same_given_name_stem (person->name, name);
        if (match)
          {
            if (found >= 0 && n_words == 1)
              return -2;   /* a surname two people share */
            found = (gint) p;
            if (n_words > 1)
              return found;
          }
      }
  /* "Lula" for Luiz Inácio Lula da Silva: the name the press uses may be a
   * middle word of the full name, when no one else bears it */
  if (found == -1 && n_words == 1 && strlen (name) >= 4)
    for (guint p = 0; p < ctx->persons->len; p++)
      {
        Person *person = ctx->persons->pdata[p];
        g_autofree char *full = NULL;
        g_auto(GStrv) parts = NULL;

        if (person->n_words < 3)
          continue;
        full = ch_alias_name_key (person->name);
        parts = g_strsplit (full, " ", -1);
        for (guint k = 1; parts[k] != NULL && parts[k + 1] != NULL; k++)
          if (strcmp (parts[k], last) == 0)
            {
              if (found >= 0 && found != (gint) p)
                return -2;
              found = (gint) p;
            }
      }
  return found;
}

/* A single word: a surname, or after a title a first name ("Senator Mushahid"). */
static gint
find_person_by_word (Ctx        *ctx,
                     const char *word,
                     gboolean    titled)
{
  gint found = find_person (ctx, word, 1);

  if (found == -1 && titled)
    {
      g_autofree char *key = ch_alias_name_key (word);

      for (guint p = 0; p < ctx->persons->len; p++)
        {
          Person *person = ctx->persons->pdata[p];
          g_autofree char *first = name_first_key (person->name);
          g_autofree char *full = ch_alias_name_key (person->name);

          if (person->n_words > 1 && (strcmp (first, key) == 0))
            {
              if (found >= 0)
                return -2;
              found = (gint) p;
            }
          else if (person->n_words > 2 && strstr (full, key) != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (full, " ", -1);

              for (guint k = 0; parts[k] != NULL; k++)
                if (strcmp (parts[k], key) == 0 && found < 0)
                  found = (gint) p;
            }
        }
    }
  return found;
}

/* The country a person's title phrase names: "Pakistan's Foreign Minister",
 * "Russian Senator", "Minister of State of Pakistan", "Chairwoman of the
 * Federation Council of Russia". Countries after "to" are hosts. */
static const char *
phrase_country (Ctx   *ctx,
                guint  first,
                guint  last)
{
  for (guint i = first; i < last && i < ctx->n; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);

      if (m == NULL)
        continue;
      if (i > 0 && (tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "in") ||
                    tok_is (ctx, i - 1, "with") || tok_is (ctx, i - 1, "from")))
        continue;
      if ((m->entry->kind == CH_GAZ_COUNTRY || m->entry->kind == CH_GAZ_INSTITUTION ||
           m->entry->kind == CH_GAZ_PERSON) && m->entry->code != NULL)
        return m->entry->kind == CH_GAZ_COUNTRY ? m->entry->code : m->entry->code;
    }
  return NULL;
}

/* A lower-case word that may qualify a role: "water", "chief", "trade" */
static gboolean
lower_modifier (Ctx   *ctx,
                guint  i)
{
  const ChToken *t = tok (ctx, i);
  const Mention *m = mention_at (ctx, i);

  if ((t->flags & (CH_TOKEN_UPPER | CH_TOKEN_LETTERS | CH_TOKEN_POSSESSIVE)) != CH_TOKEN_LETTERS ||
      t->len < 3 || (t->flags & CH_TOKEN_NEWLINE))
    return FALSE;
  if (m != NULL && m->entry->kind != CH_GAZ_TOPIC && m->entry->kind != CH_GAZ_TITLE)
    return FALSE;
  return !is_stop_word (ctx, i) && cue_at (ctx, i) == CUE_NONE;
}

static const char *
country_before (Ctx   *ctx,
                guint  title)
{
  /* "Pakistan's Foreign Minister", "the Russian Senator", "Russia’s" */
  guint i = title;

  /* "Egypt's water minister", "the Kenyan chief trade negotiator": the
   * portfolio in lower case between the side and the role */
  for (guint k = 0; k < 3 && i > 0 && lower_modifier (ctx, i - 1); k++)
    i--;
  if (i > 0 && tok_is (ctx, i - 1, "the"))
    i--;
  if (i >= 1)
    {
      const Mention *m = mention_at (ctx, i - 1);

      if (is_country_mention (m) && (m->entry->flags & CH_GAZ_FLAG_DEMONYM))
        return m->entry->code;
      /* "New Zealand Foreign Minister", "U.S. Trade Representative": a
       * country's name used as an adjective */
      if (is_country_mention (m) && m->first + m->n == i &&
          !(tok (ctx, i - 1)->flags & CH_TOKEN_POSSESSIVE) &&
          (tok (ctx, i)->flags & CH_TOKEN_UPPER) &&
          !(m->first > 0 && (tok_is (ctx, m->first - 1, "in") || tok_is (ctx, m->first - 1, "to") ||
                             tok_is (ctx, m->first - 1, "from") || tok_is (ctx, m->first - 1, "of"))))
        return m->entry->code;
    }
  if (i >= 2 && (tok (ctx, i - 1)->flags & CH_TOKEN_POSSESSIVE))
    {
      const Mention *m = mention_at (ctx, i - 2);

      if (is_country_mention (m) || (m != NULL && m->entry->kind == CH_GAZ_INSTITUTION))
        return m->entry->code;
      /* "Erdogan's chief adviser": the side of the person served */
      for (guint k = ctx->pmentions->len; k > 0; k--)
        {
          const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k - 1);
          const Person *person = ctx->persons->pdata[pm->person];

          if (pm->first + pm->n == i - 1)
            return person->country;
        }
      /* a surname whose mention is resolved later, after the full names */
      if (is_name_token (ctx, i - 2) && (i < 3 || !is_name_token (ctx, i - 3)))
        {
          g_autofree char *word = span_words (ctx, i - 2, i - 1);
          gint p = find_person_by_word (ctx, word, FALSE);

          if (p >= 0)
            return ((const Person *) ctx->persons->pdata[p])->country;
        }
    }
  return NULL;
}

static const char *
title_role (Ctx           *ctx,
            guint          i,
            const Mention *m)
{
  if (m != NULL && m->entry->kind == CH_GAZ_TITLE)
    return g_strcmp0 (m->entry->extra, "honorific") == 0 ? NULL : m->entry->name;
  if (cue_at (ctx, i) == CUE_TITLE)
    {
      g_autofree char *words = span_words (ctx, i, i + ctx->cue_len[i]);

      return g_intern_string (words);
    }
  return NULL;
}

static guint skip_title_complement (Ctx      *ctx,
                                    guint     j,
                                    gboolean *had_of);

/* ", Chairwoman of the Federation Council of Russia," after a name */
static gboolean
read_apposition (Ctx         *ctx,
                 guint        j,
                 const char **role,
                 const char **country)
{
  const Mention *tm;
  const char *demonym = NULL;
  guint k, end;

  *role = NULL;
  *country = NULL;
  if (!tok_is_char (ctx, j, ','))
    return FALSE;
  k = j + 1;
  if (tok_is (ctx, k, "the"))
    k++;
  tm = mention_starting_at (ctx, k);
  if (is_country_mention (tm))
    {
      demonym = tm->entry->code;
      k += tm->n;
      tm = mention_starting_at (ctx, k);
    }
  if (!(tm != NULL && tm->entry->kind == CH_GAZ_TITLE) && cue_at (ctx, k) != CUE_TITLE)
    return FALSE;
  *role = title_role (ctx, k, tm);
  {
    /* "at Naval Base Point Loma, President Joe Biden": the title is the
     * next person's, not an apposition */
    gboolean had_of;
    guint after = skip_title_complement (ctx, k + (tm != NULL && tm->entry->kind == CH_GAZ_TITLE ? tm->n : ctx->cue_len[k]), &had_of);
    guint n_words;

    if (scan_name (ctx, after, &n_words) > 0 ||
        (mention_starting_at (ctx, after) != NULL && mention_starting_at (ctx, after)->entry->kind == CH_GAZ_PERSON))
      {
        *role = NULL;
        return FALSE;
      }
  }
  end = k;
  while (end < ctx->n && end - k < 14 && !tok_is_char (ctx, end, ',') &&
         !tok_is_char (ctx, end, '.') && !tok_is_char (ctx, end, ';') &&
         !(tok (ctx, end)->flags & CH_TOKEN_NEWLINE))
    end++;
  *country = demonym != NULL ? demonym : phrase_country (ctx, k, end);
  return TRUE;
}

/* "Sharif" where the report has named Nawaz Sharif and Raheel Sharif,
 * "Li" after Li Qiang and, in a background paragraph, Li Keqiang: a
 * surname several people of the document share refers to the one named
 * first, the subject of the report, whom the writer may call by surname
 * while the others keep their full names; -1 when none is named before */
static gint
first_bearer (Ctx        *ctx,
              const char *word,
              guint       before)
{
  g_autofree char *key = ch_alias_name_key (word);
  gint found = -1;
  guint at = G_MAXUINT;

  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      const Person *person = ctx->persons->pdata[pm->person];
      g_auto(GStrv) words = NULL;
      gboolean bears = FALSE;

      if (pm->first >= before || pm->first >= at || person->n_words < 2)
        continue;
      /* the very word, not one that sounds alike: "Yoon" is not Moon */
      words = g_strsplit (name_key (ctx, person->name), " ", -1);
      for (guint w = 0; words[w] != NULL && !bears; w++)
        bears = strcmp (words[w], key) == 0;
      if (!bears)
        continue;
      found = (gint) pm->person;
      at = pm->first;
    }
  return found;
}

static guint
add_person_mention (Ctx        *ctx,
                    guint       first,
                    guint       n,
                    guint       n_words,
                    guint       context,
                    const char *role,
                    const char *country,
                    gboolean    headline)
{
  g_autofree char *name = span_words (ctx, first, first + n);
  gint p = -1;
  Person *person;
  PersonMention pm;
  const ChGazEntry *curated;

  if (n_words > 1)
    p = find_person (ctx, name, n_words);
  else
    p = find_person_by_word (ctx, name, context < first);
  if (p == -2)
    p = first_bearer (ctx, name, first);

  curated = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_PERSON, name);
  /* "Kishida Fumio", "Orbán Viktor": a listed person of two words named
   * family name first, as the press of some countries writes it; the
   * mention keeps the document's order, which ChAliases joins to the
   * listed name where the user can see and undo it */
  if (curated == NULL && n_words == 2 && n == 2)
    {
      g_autofree char *family = span_words (ctx, first, first + 1);
      g_autofree char *given = span_words (ctx, first + 1, first + 2);
      g_autofree char *swapped = g_strconcat (given, " ", family, NULL);

      curated = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_PERSON, swapped);
    }

  /* an apposition names the role and side best: "X, Minister of State of Pakistan" */
  if (n_words > 1)
    {
      const char *app_role, *app_country;
      guint after = first + n;

      if (tok_is_close_quote (ctx, after))
        after++;
      if (read_apposition (ctx, after, &app_role, &app_country))
        {
          if (app_role != NULL && (role == NULL || context == first))
            role = app_role;
          if (country == NULL)
            country = app_country;
        }
    }

  if (p < 0)
    {
      if (ctx->persons->len >= MAX_PERSONS)
        return G_MAXUINT;
      person = g_new0 (Person, 1);
      person->name = g_strdup (name);
      person->n_words = n_words;
      person->from_headline = headline;
      g_ptr_array_add (ctx->persons, person);
      p = (gint) ctx->persons->len - 1;
      index_person (ctx, name, p);
    }
  else
    {
      person = ctx->persons->pdata[p];
      /* the fullest spelling of the body names the person */
      if ((n_words > person->n_words && (!headline || person->from_headline)) ||
          (person->from_headline && !headline && n_words >= person->n_words && n_words > 1))
        {
          g_free (person->name);
          person->name = g_strdup (name);
          person->n_words = n_words;
          person->from_headline = headline;
          index_person (ctx, name, p);
        }
    }

  if (person->role == NULL && role != NULL)
    person->role = role;
  if (person->country == NULL && country != NULL)
    person->country = country;
  if (curated != NULL)
    {
      person->curated = curated->name;
      if (person->country == NULL)
        person->country = curated->code;
    }

  pm.person = (guint) p;
  pm.first = first;
  pm.n = n;
  pm.context = context;
  pm.reference = n_words == 1;
  g_array_append_val (ctx->pmentions, pm);
  return (guint) p;
}

static gboolean
sentence_ignored (Ctx   *ctx,
                  guint  i)
{
  return (sentence (ctx, ctx->sentence_of[i])->flags & SENT_IGNORED) != 0;
}

static gboolean
in_headline (Ctx   *ctx,
             guint  i)
{
  return (sentence (ctx, ctx->sentence_of[i])->flags & SENT_HEADLINE) != 0;
}

static gboolean
word_ends_with (Ctx        *ctx,
                guint       i,
                const char *suffix)
{
  const ChToken *t = tok (ctx, i);
  gsize len = strlen (suffix);

  return t->len > len + 2 &&
         g_ascii_strncasecmp (ctx->text + t->start + t->len - len, suffix, len) == 0;
}

/* A capitalised word of a ministry's portfolio, as in "Minister of Water
 * Resources and Irrigation": the common nouns of government, or a word
 * shaped as an abstract noun, which names seldom are. */
static gboolean
portfolio_word (Ctx   *ctx,
                guint  i)
{
  static const char *const words[] = {
    "Affairs", "Trade", "Water", "Waters", "Foreign", "Home", "Interior", "Defence", "Defense",
    "Finance", "Health", "Labour", "Labor", "Energy", "Mines", "Mining", "Petroleum", "Oil",
    "Gas", "Industry", "Agriculture", "Tourism", "Transport", "Planning", "Justice",
    "Economy", "Culture", "Youth", "Sports", "Sport", "Women", "Power", "Works", "Lands",
    "Housing", "Resources", "Irrigation", "International", "National", "Economic", "Regional",
    "Rural", "Urban", "Public", "External", "Overseas", "Climate", "Science", "Research",
    "Higher", "Food", "Livestock", "Digital", "Maritime", "Ocean", "Oceans", "Forests",
    "Forestry", "Social", "Welfare", "Commerce", "Fisheries", "Mineral", "Natural", "Land",
    "Treasury", "Budget", "Local", "Industrial", "Industries",
  };
  static const char *const suffixes[] = {
    "tion", "ment", "ity", "ics", "ism", "ance", "ence", "ure", "ries",
  };
  const ChToken *t = tok (ctx, i);
  const Mention *m = mention_at (ctx, i);

  if ((t->flags & (CH_TOKEN_UPPER | CH_TOKEN_LETTERS)) != (CH_TOKEN_UPPER | CH_TOKEN_LETTERS) ||
      (t->flags & CH_TOKEN_ALL_UPPER))
    return FALSE;
  if (m != NULL && m->entry->kind == CH_GAZ_PERSON)
    return FALSE;
  if (m != NULL && m->entry->kind == CH_GAZ_TOPIC)
    return TRUE;
  if (tok_is_one_of (ctx, i, words, G_N_ELEMENTS (words)))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (word_ends_with (ctx, i, suffixes[k]))
      return TRUE;
  return FALSE;
}

/* After a title: "of the Federation Council", "to Pakistan,", "Senate" */
static guint
skip_title_complement (Ctx      *ctx,
                       guint     j,
                       gboolean *had_of)
{
  guint start = j;

  *had_of = FALSE;
  while (j < ctx->n && j - start < 10)
    {
      const Mention *m = mention_starting_at (ctx, j);

      if (tok (ctx, j)->flags & CH_TOKEN_NEWLINE)
        break;
      if (tok_is (ctx, j, "of") || tok_is (ctx, j, "to") || tok_is (ctx, j, "for") ||
          tok_is (ctx, j, "on"))
        {
          *had_of = TRUE;
          j++;
          continue;
        }
      if (tok_is (ctx, j, "the") && *had_of)
        {
          j++;
          continue;
        }
      /* "of Water Resources and Irrigation", "of Trade, Industry and Tourism" */
      if (*had_of && portfolio_word (ctx, j))
        {
          j++;
          if ((tok_is (ctx, j, "and") || tok_is_char (ctx, j, '&') || tok_is_char (ctx, j, ',')) &&
              portfolio_word (ctx, j + 1))
            j++;
          continue;
        }
      if (m != NULL && m->entry->kind != CH_GAZ_PERSON && m->entry->kind != CH_GAZ_TOPIC)
        {
          j += m->n;
          continue;
        }
      if ((tok (ctx, j)->flags & CH_TOKEN_UPPER) && is_stop_word (ctx, j) &&
          !tok_is (ctx, j, "The") && !tok_is (ctx, j, "He") && !tok_is (ctx, j, "She") &&
          !tok_is (ctx, j, "In") && !tok_is (ctx, j, "On") && !tok_is (ctx, j, "At"))
        {
          j++;
          continue;
        }
      if ((tok (ctx, j)->flags & CH_TOKEN_POSSESSIVE) || tok_is_char (ctx, j, '(') ||
          tok_is_char (ctx, j, ')'))
        {
          j++;
          continue;
        }
      break;
    }
  return j;
}

/* Role nouns that news writes in lower case before a name and that are
 * no title of their own: the side's country before them says whose */
static inline gboolean
lower_role_noun (Ctx   *ctx,
                 guint  i)
{
  if (tok (ctx, i)->flags & CH_TOKEN_UPPER)
    return FALSE;
  /* role_nouns[] */
  return tok_has_class (ctx, i, WORD_ROLE_NOUN);
}

/* The role "chief negotiator" before the name at @noun + 1, as a title is
 * written: "Chief Negotiator" */
static const char *
lower_role (Ctx   *ctx,
            guint  noun)
{
  guint first = noun;
  g_autofree char *words = NULL;

  while (first > 0 && noun - first < 3 && lower_modifier (ctx, first - 1))
    first--;
  words = span_words (ctx, first, noun + 1);
  for (char *p = words; *p != '\0'; p++)
    if (p == words || p[-1] == ' ')
      *p = g_ascii_toupper (*p);
  return g_intern_string (words);
}

/* Whether the capitalised words at @first, @n tokens, end in a rank or an
 * office rather than a surname: "Supreme Commander", "Chief Executive" */
static gboolean
ends_in_rank (Ctx   *ctx,
              guint  first,
              guint  n)
{
  static const char *const ranks[] = {
    "Commander", "Chief", "Officer", "Executive", "Adviser", "Advisor", "Representative",
    "Coordinator", "Plenipotentiary", "Councillor", "Councilor", "Commissioner",
    "Administrator", "Negotiator", "Delegate", "Attache", "Secretary", "Minister",
    "Director", "Head", "Leader", "Spokesman", "Spokesperson", "Envoy", "Ambassador",
  };
  guint last = first + n - 1;

  return tok_is_one_of (ctx, last, ranks, G_N_ELEMENTS (ranks));
}

/* Whether the single word at @i names a person already found */
static gboolean
is_known_single (Ctx   *ctx,
                 guint  i)
{
  g_autofree char *word = span_words (ctx, i, i + 1);

  return find_person_by_word (ctx, word, TRUE) >= 0;
}

/* "head", "chief" of something, in lower case: an office told by what
 * the person heads ("head of the Mainland Affairs Council") */
static gboolean
office_head (Ctx   *ctx,
             guint  i)
{
  if (i + 1 >= ctx->n || (tok (ctx, i)->flags & CH_TOKEN_UPPER))
    return FALSE;
  /* office_words[]: "head", "chief" */
  return tok_has_class (ctx, i, WORD_OFFICE) && tok_is (ctx, i + 1, "of");
}

/* Ctx.person_bits for find_persons(): which tokens are name words, and
 * at which its first pass may find something. That pass asks each token
 * a dozen questions, and few tokens answer yes to any. */
static void
fill_person_bits (Ctx *ctx)
{
  guint8 *bits = g_new0 (guint8, ctx->n + 1);
  const ChToken *tokens = ctx->tokens;
  const guint8 *cue = ctx->cue;

  G_STATIC_ASSERT (CUE_TITLE == CUE_HONORIFIC + 1);
  g_assert (ctx->person_bits == NULL);
  /* the tests of every token: a name word, and where the first pass may
   * start, a title or honorific cue or an opening quote */
  for (guint i = 0; i < ctx->n; i++)
    {
      guint flags = tokens[i].flags;

      /* compute_name_token() asks first for a capital and letters only */
      if ((flags & (CH_TOKEN_UPPER | CH_TOKEN_LETTERS)) == (CH_TOKEN_UPPER | CH_TOKEN_LETTERS) &&
          compute_name_token (ctx, i))
        {
          bits[i] = TOKEN_NAME;
          if (i == 0 || !(bits[i - 1] & TOKEN_NAME))
            bits[i] |= TOKEN_NAME_START | TOKEN_PERSON_START;
        }
      /* CUE_HONORIFIC or CUE_TITLE */
      if ((guint) (cue[i] - CUE_HONORIFIC) <= 1u ||
          ((flags & CH_TOKEN_PUNCT) && tok_is_open_quote (ctx, i)))
        bits[i] |= TOKEN_PERSON_START;
    }
  /* the rarer starts, from their own lists: a role noun in lower case
   * (lower_role_noun()), a person's or a title's mention */
  for (guint i = next_of_class (ctx, 0, WORD_ROLE_NOUN); i < ctx->n; i = next_of_class (ctx, i + 1, WORD_ROLE_NOUN))
    if (!(tokens[i].flags & CH_TOKEN_UPPER))
      bits[i] |= TOKEN_PERSON_START;
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);

      /* the mention that mention_starting_at() gives for its first token */
      if (m->first < ctx->n && ctx->mention_at[m->first] == (gint32) k &&
          (m->entry->kind == CH_GAZ_PERSON || m->entry->kind == CH_GAZ_TITLE))
        bits[m->first] |= TOKEN_PERSON_START;
    }
  ctx->person_bits = bits;
}

/* The first name token from @i on after a token that is none */
static inline guint
next_person_bit (Ctx   *ctx,
                 guint  i,
                 guint8 bit)
{
  return next_byte_with (ctx->person_bits, i, ctx->n, bit);
}

static inline guint
next_name_start (Ctx   *ctx,
                 guint  i)
{
  return next_person_bit (ctx, i, TOKEN_NAME_START);
}

/* The first token from @i on where the first pass of find_persons() may
 * find a name */
static inline guint
next_person_start (Ctx   *ctx,
                   guint  i)
{
  return next_person_bit (ctx, i, TOKEN_PERSON_START);
}

/* The index of the one person of the document that @holds accepts, -1
 * when none does and -2 when several do: a title or an office names
 * someone only when it cannot be anyone else */
typedef gboolean (*PersonTest) (const Person *person,
                                gconstpointer data);

static gint
unique_person (Ctx        *ctx,
               PersonTest  holds,
               gconstpointer data)
{
  gint found = -1;

  for (guint p = 0; p < ctx->persons->len; p++)
    {
      if (!holds (ctx->persons->pdata[p], data))
        continue;
      if (found >= 0)
        return -2;
      found = (gint) p;
    }
  return found;
}

static gboolean
role_matches (const Person *person,
              const char   *word)
{
  return person->role != NULL && (strstr (person->role, word) != NULL || strstr (word, person->role) != NULL);
}

/* "the Chinese leader", "the Egyptian president" */
typedef struct
{
  const char *country;
  const char *word;     /* NULL for "leader" */
} DemonymOffice;

static gboolean
holds_demonym_office (const Person *person,
                      gconstpointer data)
{
  const DemonymOffice *office = data;

  return person->n_words >= 2 && g_strcmp0 (person->country, office->country) == 0 &&
         (office->word == NULL || role_matches (person, office->word));
}

/* "the foreign ministers of A and B", "the leaders of A and B" */
typedef struct
{
  const char *country;
  const char *head;
  const char *qualifier;
  gboolean    leader;
} CountryOffice;

static gboolean
holds_country_office (const Person *person,
                      gconstpointer data)
{
  const CountryOffice *office = data;
  const char *role = person->role;

  if (person->n_words < 2 || person->spokesperson || person->org_official ||
      g_strcmp0 (person->country, office->country) != 0 || role == NULL)
    return FALSE;
  if (office->leader)
    return (strstr (role, "President") != NULL && strstr (role, "Vice") == NULL) ||
           strstr (role, "Prime Minister") != NULL || strstr (role, "Chancellor") != NULL ||
           strstr (role, "King") != NULL || strstr (role, "Emir") != NULL ||
           strstr (role, "Premier") != NULL || strstr (role, "Sultan") != NULL;
  return strstr (role, office->head) != NULL && strstr (role, "Vice") == NULL &&
         strstr (role, "Deputy") == NULL &&
         (office->qualifier == NULL || strstr (role, office->qualifier) != NULL) &&
         (office->qualifier != NULL || strcmp (office->head, "Minister") != 0 ||
          strstr (role, "Prime") == NULL);
}

/* "the Chairman", "the Hon. Prime Minister" */
static gboolean
holds_title (const Person *person,
             gconstpointer data)
{
  return person->n_words > 1 && role_matches (person, data);
}

/* The first of up to two capitalised portfolio words right before the
 * title at @i ("Environment Minister", "Culture and Sport Minister" is
 * left alone), or @i */
static guint
portfolio_before (Ctx          *ctx,
                  guint         i,
                  const guint8 *taken)
{
  guint from = i;

  while (from > 0 && i - from < 2 && !taken[from - 1] && portfolio_word (ctx, from - 1) &&
         ctx->sentence_of[from - 1] == ctx->sentence_of[i] &&
         (mention_at (ctx, from - 1) == NULL || mention_at (ctx, from - 1)->entry->kind == CH_GAZ_TOPIC) &&
         !(tok (ctx, from)->flags & CH_TOKEN_NEWLINE))
    from--;
  return from;
}

/* "King Mohammed VI", "Pope Francis": a listed spelling that begins
 * with a title still tells the person's office */
static const char *
listed_title (Ctx   *ctx,
              guint  first,
              guint  n)
{
  for (guint k = MIN (n - 1, 2); k >= 1; k--)
    {
      g_autofree char *words = span_words (ctx, first, first + k);
      const ChGazEntry *title = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_TITLE, words);

      if (title != NULL && g_strcmp0 (title->extra, "honorific") != 0)
        return title->name;
    }
  return NULL;
}

/* "the king", "the emir", "the sultan": a monarch's title in lower case
 * still refers to the one monarch of the report, where "the president"
 * in lower case may be anyone's */
static gboolean
monarch_title (const Mention *m)
{
  return m != NULL && m->entry->kind == CH_GAZ_TITLE &&
         (g_strcmp0 (m->entry->extra, "royal") == 0 || strcmp (m->entry->name, "Emir") == 0 ||
          strcmp (m->entry->name, "Sultan") == 0);
}

/* An office of a national government: a head of state or government or
 * a minister, as opposed to a mayor, an envoy or a party's leader */
static gboolean
national_office (const char *role)
{
  static const char *const offices[] = {
    "President", "Prime Minister", "Minister", "Chancellor", "Premier", "Secretary of State",
  };

  if (strstr (role, "Vice") != NULL || strstr (role, "Deputy") != NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (offices); k++)
    if (g_str_has_suffix (role, offices[k]) || strcmp (role, offices[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the full name at @name, after an office and a comma, is the
 * holder of the office at @title: the office is a side's or a definite
 * one ("Japan's ambassador, X", "his Omani counterpart, X", "the prime
 * minister, X") and the name is set off ("X," "X." "X signed"), not the
 * first item of a list ("the president, Cabinet ministers and …") */
static gboolean
title_apposition (Ctx   *ctx,
                  guint  title,
                  guint  name)
{
  const Mention *pm = mention_starting_at (ctx, name);
  guint n, words, after;

  if (name >= ctx->n || (tok (ctx, name)->flags & CH_TOKEN_NEWLINE))
    return FALSE;
  if (country_before (ctx, title) == NULL &&
      !(title > 0 && (tok_is (ctx, title - 1, "the") || tok_is (ctx, title - 1, "his") ||
                      tok_is (ctx, title - 1, "her") || tok_is (ctx, title - 1, "its") ||
                      tok_is (ctx, title - 1, "their"))))
    return FALSE;
  /* a listed name is found on its own, with the office the list gives */
  if (pm != NULL && pm->entry->kind == CH_GAZ_PERSON)
    return FALSE;
  n = scan_name (ctx, name, &words);
  if (n == 0 || words < 2)
    return FALSE;
  after = name + n;
  return after >= ctx->n || tok_is_char (ctx, after, ',') || tok_is_char (ctx, after, '.') ||
         tok_is_char (ctx, after, ';') || tok_is_char (ctx, after, ')') ||
         ((tok (ctx, after)->flags & (CH_TOKEN_LETTERS | CH_TOKEN_UPPER)) == CH_TOKEN_LETTERS &&
          !tok_is (ctx, after, "and"));
}

static void
find_persons (Ctx *ctx)
{
  g_autoptr(GArray) singles = g_array_new (FALSE, FALSE, sizeof (guint) * 4);
  g_autoptr(GHashTable) known_words = NULL;
  guint8 *taken = g_new0 (guint8, ctx->n + 1);
  g_autofree guint *thes = NULL;
  guint n_thes = 0;

  fill_person_bits (ctx);

  /* strong announcements: titles, honorifics, appositions, quotes, curated names */
  for (guint i = next_person_start (ctx, 0); i < ctx->n; i = next_person_start (ctx, i + 1))
    {
      const Mention *m = mention_starting_at (ctx, i);
      Cue c = cue_at (ctx, i);
      gboolean is_title = (m != NULL && m->entry->kind == CH_GAZ_TITLE) || c == CUE_TITLE;
      guint title_len = 0;
      guint j, n, words;
      gboolean had_of = FALSE;
      gboolean apposed = FALSE;
      const char *role = NULL;
      const char *country = NULL;

      if (sentence_ignored (ctx, i) || taken[i])
        continue;

      if (m != NULL && m->entry->kind == CH_GAZ_PERSON)
        {
          guint nw = 0;

          for (guint k = i; k < i + m->n; k++)
            if (tok (ctx, k)->flags & CH_TOKEN_WORD)
              nw++;
          add_person_mention (ctx, i, m->n, nw, i, listed_title (ctx, i, m->n), m->entry->code,
                              in_headline (ctx, i));
          for (guint k = i; k < i + m->n; k++)
            taken[k] = 1;
          i += m->n - 1;
          continue;
        }

      if (is_title || c == CUE_HONORIFIC)
        {
          if (m != NULL && m->entry->kind == CH_GAZ_TITLE)
            title_len = MAX (m->n, c == CUE_TITLE ? ctx->cue_len[i] : 0);
          else
            title_len = ctx->cue_len[i];
          role = is_title ? title_role (ctx, i, m) : NULL;
          j = i + title_len;
          /* "the President's Media Division", "the Prime Minister's
           * Office": a title in the possessive names no one after it */
          if (j < ctx->n && (tok (ctx, j)->flags & CH_TOKEN_POSSESSIVE))
            continue;
          /* "Mr.", "Gen.": an abbreviation's dot, not a full stop */
          if (tok_is_char (ctx, j, '.') && !(tok (ctx, j)->flags & CH_TOKEN_SPACE) &&
              tok (ctx, j - 1)->len <= 4 && (tok (ctx, j - 1)->flags & CH_TOKEN_UPPER))
            j++;
          /* "Hon. Prime Minister of India, Shri X": the office after the
           * honorific is the role */
          if (role == NULL && j < ctx->n)
            {
              const Mention *tm = mention_starting_at (ctx, j);

              if ((tm != NULL && tm->entry->kind == CH_GAZ_TITLE) || cue_at (ctx, j) == CUE_TITLE)
                role = title_role (ctx, j, tm);
            }
          if (is_title)
            j = skip_title_complement (ctx, j, &had_of);
          if (tok_is_char (ctx, j, ',') && had_of)
            j++;
          /* "Latvia's prime minister, Aigars Kalvitis,", "the Taoiseach,
           * Leo Varadkar": the holder's full name set off by a comma */
          else if (is_title && tok_is_char (ctx, j, ',') && title_apposition (ctx, i, j + 1))
            {
              j++;
              apposed = TRUE;
            }
          {
            /* "Prime Minister Sheikh Hasina": a curated name wins over the honorific */
            const Mention *pm = mention_starting_at (ctx, j);

            if (pm != NULL && pm->entry->kind == CH_GAZ_PERSON)
              {
                guint nw = 0;

                for (guint k = j; k < j + pm->n; k++)
                  if (tok (ctx, k)->flags & CH_TOKEN_WORD)
                    nw++;
                add_person_mention (ctx, j, pm->n, nw, i, role,
                                    country_before (ctx, i) != NULL ? country_before (ctx, i)
                                                                    : phrase_country (ctx, i, j),
                                    in_headline (ctx, i));
                for (guint k = i; k < j + pm->n; k++)
                  taken[k] = 1;
                i = j + pm->n - 1;
                continue;
              }
          }
          if (cue_at (ctx, j) == CUE_HONORIFIC)
            {
              j += ctx->cue_len[j];
              if (tok_is_char (ctx, j, '.'))
                j++;
            }
          if (tok_is_open_quote (ctx, j))
            j++;
          /* "the French President of the Al Boraq line": capitals right
           * after "of the" name what the office is of, not who holds it */
          if (had_of && j > i + 1 && tok_is (ctx, j - 1, "the"))
            continue;
          n = scan_name (ctx, j, &words);
          if (n == 0)
            continue;
          if (tok (ctx, j)->flags & CH_TOKEN_NEWLINE)
            continue;
          if (apposed && words < 2)
            continue;
          /* "Deputy Supreme Commander of the Armed Forces": the words after
           * the title end in a rank, so they are more of the title */
          if (ends_in_rank (ctx, j, n))
            {
              i = j + n - 1;
              continue;
            }
          {
            /* "Environment Minister X", "Brazil's Culture Minister X": a
             * portfolio no title list holds, before the office */
            guint from = portfolio_before (ctx, i, taken);

            if (from < i && role != NULL && words > 1)
              {
                g_autofree char *office = span_words (ctx, from, i + title_len);

                role = g_intern_string (office);
              }
            country = country_before (ctx, from);
            if (country == NULL && is_title)
              country = phrase_country (ctx, from, j);
            if (words > 1)
              {
                add_person_mention (ctx, j, n, words, from, role, country, in_headline (ctx, i));
                for (guint k = from; k < i; k++)
                  taken[k] = 1;
              }
          }
          if (words == 1)
            {
              /* resolved once every full name is known */
              guint entry[4] = { j, n, i, had_of };

              g_array_append_val (singles, entry);
            }
          for (guint k = i; k < j + n; k++)
            taken[k] = 1;
          i = j + n - 1;
          continue;
        }

      /* "Mexico's chief negotiator Jesús Seade", "his Ugandan counterpart
       * Francis Mwebesa": a role in lower case that no title list holds,
       * told as a side's, before a full name */
      if (lower_role_noun (ctx, i) && (country = country_before (ctx, i)) != NULL)
        {
          /* "his Omani counterpart, Mohammed bin Hamad Al Rumhi," */
          guint at = tok_is_char (ctx, i + 1, ',') && title_apposition (ctx, i, i + 2) ? i + 2 : i + 1;

          n = scan_name (ctx, at, &words);
          if (n > 0 && words >= 2 && !(tok (ctx, at)->flags & CH_TOKEN_NEWLINE))
            {
              add_person_mention (ctx, at, n, words, i, lower_role (ctx, i), country,
                                  in_headline (ctx, i));
              for (guint k = i; k < at + n; k++)
                taken[k] = 1;
              i = at + n - 1;
            }
          continue;
        }

      /* quotes: “Valentina Matvinko” */
      if (tok_is_open_quote (ctx, i))
        {
          n = scan_name (ctx, i + 1, &words);
          if (n > 0 && words >= 2 && words <= 4 && tok_is_close_quote (ctx, i + 1 + n))
            {
              add_person_mention (ctx, i + 1, n, words, i, NULL, NULL, in_headline (ctx, i));
              for (guint k = i; k <= i + 1 + n; k++)
                taken[k] = 1;
              i += n + 1;
            }
          continue;
        }

      /* apposition: "Hina Rabbani Khar, Minister of State of Pakistan" */
      if (is_name_token (ctx, i) && (i == 0 || !is_name_token (ctx, i - 1)))
        {
          n = scan_name (ctx, i, &words);
          /* "Nikos Kotzias of Greece and Nikola Dimitrov of Macedonia" */
          if (n > 0 && words >= 2 && words <= 4 && tok_is (ctx, i + n, "of") &&
              is_country_mention (mention_starting_at (ctx, i + n + 1)) &&
              !(mention_starting_at (ctx, i + n + 1)->entry->flags & CH_GAZ_FLAG_DEMONYM))
            {
              add_person_mention (ctx, i, n, words, i, NULL,
                                  mention_starting_at (ctx, i + n + 1)->entry->code,
                                  in_headline (ctx, i));
              for (guint q = i; q < i + n; q++)
                taken[q] = 1;
              i += n - 1;
              continue;
            }
          if (n > 0 && words >= 2 && tok_is_char (ctx, i + n, ','))
            {
              guint k = i + n + 1;
              const Mention *tm;
              guint end;

              if (tok_is (ctx, k, "the"))
                k++;
              tm = mention_starting_at (ctx, k);
              if (!(tm != NULL && tm->entry->kind == CH_GAZ_TITLE) &&
                  cue_at (ctx, k) != CUE_TITLE)
                {
                  /* "X, the Russian Foreign Minister" */
                  if (is_country_mention (tm))
                    {
                      guint r = k + tm->n;

                      k = r;
                      tm = mention_starting_at (ctx, k);
                      if (r < ctx->n && (tok (ctx, r)->flags & CH_TOKEN_POSSESSIVE))
                        r++;
                      /* "X, Saudi Arabia's national security adviser,",
                       * "X, Egypt's water minister," */
                      while (r < k + 4 && lower_modifier (ctx, r) && !lower_role_noun (ctx, r) &&
                             !(mention_starting_at (ctx, r) != NULL &&
                               mention_starting_at (ctx, r)->entry->kind == CH_GAZ_TITLE))
                        r++;
                      {
                          const Mention *rm = mention_starting_at (ctx, r);

                          if (lower_role_noun (ctx, r) ||
                              (rm != NULL && rm->entry->kind == CH_GAZ_TITLE) ||
                              cue_at (ctx, r) == CUE_TITLE)
                            {
                              add_person_mention (ctx, i, n, words, i,
                                                  lower_role_noun (ctx, r) ? lower_role (ctx, r)
                                                                           : title_role (ctx, r, rm),
                                                  country_before (ctx, r), in_headline (ctx, i));
                              for (guint q = i; q < i + n; q++)
                                taken[q] = 1;
                              i += n - 1;
                              continue;
                            }
                        }
                    }
                }
              /* "Wang Yu-chi, head of the Mainland Affairs Council,": an
               * office in lower case, told by what the person heads */
              if (!(tm != NULL && tm->entry->kind == CH_GAZ_TITLE) && cue_at (ctx, k) != CUE_TITLE &&
                  office_head (ctx, k))
                {
                  end = k;
                  while (end < ctx->n && end - k < 14 && !tok_is_char (ctx, end, ',') &&
                         !tok_is_char (ctx, end, '.') && !tok_is_char (ctx, end, ';') &&
                         !(tok (ctx, end)->flags & CH_TOKEN_NEWLINE))
                    end++;
                  add_person_mention (ctx, i, n, words, i, g_intern_static_string ("Head"),
                                      phrase_country (ctx, k, end), in_headline (ctx, i));
                  for (guint q = i; q < i + n; q++)
                    taken[q] = 1;
                  i += n - 1;
                  continue;
                }
              if ((tm != NULL && tm->entry->kind == CH_GAZ_TITLE) || cue_at (ctx, k) == CUE_TITLE)
                {
                  role = title_role (ctx, k, tm);
                  end = k;
                  while (end < ctx->n && end - k < 14 && !tok_is_char (ctx, end, ',') &&
                         !tok_is_char (ctx, end, '.') && !tok_is_char (ctx, end, ';') &&
                         !(tok (ctx, end)->flags & CH_TOKEN_NEWLINE))
                    end++;
                  country = country_before (ctx, k);
                  if (country == NULL)
                    country = phrase_country (ctx, k, end);
                  add_person_mention (ctx, i, n, words, i, role, country, in_headline (ctx, i));
                  for (guint q = i; q < i + n; q++)
                    taken[q] = 1;
                  i += n - 1;
                  continue;
                }
            }
          /* "Presidents Paul Kagame and …", "Leaders Ana Ruiz": a plural
           * title or a stray capital before a curated name is not part of
           * it; look again from the curated name */
          for (guint k = i + 1; k < i + n; k++)
            {
              const Mention *pm = mention_starting_at (ctx, k);

              if (pm != NULL && pm->entry->kind == CH_GAZ_PERSON)
                {
                  n = k - i;
                  break;
                }
            }
          if (n > 1)
            i += n - 1;
        }
    }

  /* "the head of the Atomic Energy Organization of Iran, Mohammad
   * Eslami": an office in lower case, then the name after a comma */
  for (guint i = next_of_class (ctx, 1, WORD_OFFICE); i + 4 < ctx->n;
       i = next_of_class (ctx, i + 1, WORD_OFFICE))
    {
      guint comma, n, words;

      if (!office_head (ctx, i) || !tok_is (ctx, i - 1, "the") || taken[i] || sentence_ignored (ctx, i))
        continue;
      for (comma = i + 2; comma < ctx->n && comma < i + 14; comma++)
        if (tok_is_char (ctx, comma, ',') || tok_is_char (ctx, comma, '.') || tok_is_char (ctx, comma, ';') ||
            tok_is (ctx, comma, "and") || (tok (ctx, comma)->flags & CH_TOKEN_NEWLINE))
          break;
      if (!tok_is_char (ctx, comma, ',') || comma + 1 >= ctx->n || taken[comma + 1] ||
          ctx->sentence_of[comma + 1] != ctx->sentence_of[i])
        continue;
      n = scan_name (ctx, comma + 1, &words);
      if (n == 0 || words < 2 ||
          !(comma + 1 + n >= ctx->n || tok_is_char (ctx, comma + 1 + n, ',') ||
            tok_is_char (ctx, comma + 1 + n, '.') || tok_is_char (ctx, comma + 1 + n, ';') ||
            tok_is (ctx, comma + 1 + n, "and")))
        continue;
      add_person_mention (ctx, comma + 1, n, words, i, g_intern_static_string ("Head"),
                          phrase_country (ctx, i, comma), in_headline (ctx, i));
      for (guint k = comma + 1; k < comma + 1 + n; k++)
        taken[k] = 1;
      i = comma + n;
    }

  /* "the 1987 accord signed in Colombo by Rajiv Gandhi and J. R.
   * Jayewardene": the agents of a signing are people, titled or not; the
   * list goes on with "and" and commas */
  for (guint i = next_of_class (ctx, 1, WORD_BY); i + 2 < ctx->n; i = next_of_class (ctx, i + 1, WORD_BY))
    {
      gboolean signing = FALSE;
      guint k;

      if (sentence_ignored (ctx, i))
        continue;
      for (guint q = i > 12 ? i - 12 : 0; q < i && !signing; q++)
        signing = cue_at (ctx, q) == CUE_SIGN && ctx->sentence_of[q] == ctx->sentence_of[i];
      if (!signing)
        continue;
      k = i + 1;
      while (k < ctx->n && ctx->sentence_of[k] == ctx->sentence_of[i])
        {
          guint n, words;
          const Mention *m = mention_starting_at (ctx, k);

          if (taken[k] || (m != NULL && m->entry->kind != CH_GAZ_PERSON) ||
              (!is_name_token (ctx, k) && initials_before_name (ctx, k) == 0))
            break;
          n = scan_name (ctx, k, &words);
          if (n == 0 || words < 2 || words > 4 ||
              !(k + n >= ctx->n || tok_is (ctx, k + n, "and") || tok_is_char (ctx, k + n, ',') ||
                tok_is_char (ctx, k + n, '.') || tok_is_char (ctx, k + n, ';') ||
                ctx->sentence_of[k + n] != ctx->sentence_of[i]))
            break;
          add_person_mention (ctx, k, n, words, k, NULL, NULL, in_headline (ctx, k));
          for (guint q = k; q < k + n; q++)
            taken[q] = 1;
          k += n;
          if (tok_is_char (ctx, k, ','))
            k++;
          if (tok_is (ctx, k, "and"))
            k++;
          else if (!tok_is_char (ctx, k - 1, ','))
            break;
        }
    }

  /* titled single words: "President Putin", "Minister Khar", "Senator Mushahid" */
  for (guint s = 0; s < singles->len; s++)
    {
      guint *e = &g_array_index (singles, guint, s * 4);
      guint j = e[0], n = e[1], t = e[2];
      const Mention *m = mention_starting_at (ctx, t);
      const char *role = cue_at (ctx, t) == CUE_HONORIFIC ? NULL : title_role (ctx, t, m);
      const char *country = country_before (ctx, t);

      /* "a special representative for Eurasian affairs": after the
       * complement of a title, a lone capitalised word that names no one
       * known is part of the title's phrase, not a name */
      if (e[3] && !is_known_single (ctx, j))
        continue;
      if (country == NULL && role != NULL)
        country = phrase_country (ctx, t, j);
      add_person_mention (ctx, j, n, 1, t, role, country, in_headline (ctx, t));
    }

  /* the words of the names found so far, to look closer only at name
   * sequences that share one */
  known_words = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      for (guint q = pm->first; q < pm->first + pm->n; q++)
        if (tok (ctx, q)->flags & CH_TOKEN_WORD)
          g_hash_table_add (known_words, GUINT_TO_POINTER (tok (ctx, q)->hash));
    }

  /* later mentions of a known person: a surname alone, a full name again */
  for (guint i = next_name_start (ctx, 0); i < ctx->n && ctx->persons->len > 0;
       i = next_name_start (ctx, i + 1))
    {
      guint n, words;
      g_autofree char *name = NULL;
      gint p;
      gboolean shares = FALSE;

      if (taken[i] || !is_name_token (ctx, i) || (i > 0 && is_name_token (ctx, i - 1)) ||
          sentence_ignored (ctx, i))
        continue;
      n = scan_name (ctx, i, &words);
      if (n == 0)
        continue;
      for (guint q = i; q < i + n && !shares; q++)
        shares = g_hash_table_contains (known_words, GUINT_TO_POINTER (tok (ctx, q)->hash));
      if (!shares)
        {
          i += n - 1;
          continue;
        }
      name = span_words (ctx, i, i + n);
      p = words > 1 ? find_person (ctx, name, words) : find_person (ctx, name, 1);
      if (p == -2)
        p = first_bearer (ctx, name, i);
      if (p >= 0)
        {
          PersonMention pm = { (guint) p, i, n, i, words == 1 };

          g_array_append_val (ctx->pmentions, pm);
        }
      for (guint k = i; k < i + n; k++)
        taken[k] = 1;
      i += n - 1;
    }

  /* the three passes below start at a "the" outside page furniture:
   * they go through the list of those */
  for (guint i = next_of_class (ctx, 0, WORD_THE); i < ctx->n; i = next_of_class (ctx, i + 1, WORD_THE))
    n_thes++;
  thes = g_new (guint, n_thes + 1);
  n_thes = 0;
  for (guint i = next_of_class (ctx, 0, WORD_THE); i < ctx->n; i = next_of_class (ctx, i + 1, WORD_THE))
    if (tok_is (ctx, i, "the") && !sentence_ignored (ctx, i))
      thes[n_thes++] = i;

  /* "the Chinese leader", "the Egyptian president": the one person of the
   * document from that side, with that title if one is given */
  for (guint x = 0; x < n_thes && thes[x] + 2 < ctx->n; x++)
    {
      guint i = thes[x];
      const Mention *dm, *tm;
      const char *word = NULL;
      gint found = -1;
      guint end;

      if (taken[i + 1])
        continue;
      dm = mention_starting_at (ctx, i + 1);
      if (!is_country_mention (dm) || !(dm->entry->flags & CH_GAZ_FLAG_DEMONYM))
        continue;
      end = i + 1 + dm->n;
      tm = mention_starting_at (ctx, end);
      if (tok_is (ctx, end, "leader"))
        end++;
      else if (tm != NULL && tm->entry->kind == CH_GAZ_TITLE)
        {
          word = title_role (ctx, end, tm);
          end += tm->n;
        }
      else
        continue;
      /* "the Chinese leader Xi Jinping" is found with the name; "the
       * Chinese leader's" and "of the Chinese leader" still name him */
      if (end >= ctx->n || is_name_token (ctx, end) || taken[end])
        continue;
      {
        DemonymOffice office = { dm->entry->code, word };

        found = unique_person (ctx, holds_demonym_office, &office);
      }
      if (found >= 0)
        {
          PersonMention pm = { (guint) found, i + 1, end - i - 1, i, TRUE };

          g_array_append_val (ctx->pmentions, pm);
          for (guint k = i + 1; k < end; k++)
            taken[k] = 1;
        }
    }

  /* "The presidents of Kyrgyzstan and Tajikistan signed", "the foreign
   * ministers of Uzbekistan, Afghanistan and Pakistan", "the prime
   * minister of Georgia": sides named by their office and country; each
   * is the one person of the document from that country who holds the
   * office */
  for (guint x = 0; x < n_thes && thes[x] + 3 < ctx->n; x++)
    {
      guint i = thes[x];
      static const char *const heads[] = {
        "president", "presidents", "leader", "leaders", "minister", "ministers",
        "premier", "premiers", "chancellor", "chancellors", "king", "kings", "emir", "emirs",
      };
      guint h = i + 1, q = G_MAXUINT, k;
      g_autofree char *head = NULL;
      g_autofree char *qualifier = NULL;
      gboolean leader;
      const Mention *cm;

      /* "signed in 2010 by the leaders of …": who held the office in an
       * earlier year is not told by the people the report names now */
      if (ctx->doc_date.year != 0)
        {
          gboolean earlier = FALSE;

          for (guint d = 0; d < ctx->dates->len && !earlier; d++)
            {
              const ChDateMatch *dm = &g_array_index (ctx->dates, ChDateMatch, d);

              earlier = dm->first_token < ctx->n && ctx->sentence_of[dm->first_token] == ctx->sentence_of[i] &&
                        dm->day.year != 0 && dm->day.year < ctx->doc_date.year;
            }
          if (earlier)
            continue;
        }
      /* "the foreign ministers", "the prime minister" */
      if (!tok_is_one_of (ctx, h, heads, G_N_ELEMENTS (heads)) && h + 1 < ctx->n &&
          (tok (ctx, h)->flags & CH_TOKEN_LETTERS) && !(tok (ctx, h)->flags & CH_TOKEN_UPPER) &&
          tok_is_one_of (ctx, h + 1, heads, G_N_ELEMENTS (heads)))
        {
          static const char *const not_the_office[] = {
            "vice", "deputy", "former", "late", "then", "new", "next", "previous", "first",
            "acting", "interim", "outgoing", "incoming", "opposition", "chief", "state",
          };

          if (tok_is_one_of (ctx, h, not_the_office, G_N_ELEMENTS (not_the_office)))
            continue;
          q = h;
          h++;
        }
      if (!tok_is_one_of (ctx, h, heads, G_N_ELEMENTS (heads)) || taken[h] || !tok_is (ctx, h + 1, "of"))
        continue;
      head = span_words (ctx, h, h + 1);
      if (g_str_has_suffix (head, "s"))
        head[strlen (head) - 1] = '\0';
      head[0] = g_ascii_toupper (head[0]);
      if (q != G_MAXUINT)
        {
          qualifier = span_words (ctx, q, q + 1);
          qualifier[0] = g_ascii_toupper (qualifier[0]);
        }
      leader = strcmp (head, "Leader") == 0;
      /* the list of countries: "of A", "of A and B", "of A, B and C" */
      k = h + 2;
      while (k < ctx->n && (cm = mention_starting_at (ctx, k)) != NULL && is_country_mention (cm) &&
             !(tok (ctx, k + cm->n - 1 < ctx->n ? k + cm->n - 1 : k)->flags & CH_TOKEN_POSSESSIVE) &&
             ctx->sentence_of[k] == ctx->sentence_of[i])
        {
          CountryOffice office = { cm->entry->code, head, qualifier, leader };
          gint found = unique_person (ctx, holds_country_office, &office);

          if (found >= 0)
            {
              PersonMention pm = { (guint) found, q != G_MAXUINT ? q : h, h + 1 - (q != G_MAXUINT ? q : h),
                                   q != G_MAXUINT ? q : h, TRUE };

              g_array_append_val (ctx->pmentions, pm);
            }
          k += cm->n;
          if (tok_is_char (ctx, k, ','))
            k++;
          if (tok_is (ctx, k, "and"))
            k++;
        }
    }

  /* "the Chairman", "The Senator", "the Hon. Prime Minister": the person
   * of the document who has that title */
  for (guint x = 0; x < n_thes && thes[x] + 1 < ctx->n; x++)
    {
      guint i = thes[x];
      const Mention *m;
      const char *word;
      gint found = -1;
      guint tlen, t = i + 1;

      if (taken[i + 1])
        continue;
      /* an honorific between: "the Hon. Prime Minister" */
      m = mention_starting_at (ctx, t);
      if ((m != NULL && m->entry->kind == CH_GAZ_TITLE && g_strcmp0 (m->entry->extra, "honorific") == 0) ||
          cue_at (ctx, t) == CUE_HONORIFIC)
        {
          t += m != NULL && m->entry->kind == CH_GAZ_TITLE ? m->n : ctx->cue_len[t];
          if (tok_is_char (ctx, t, '.'))
            t++;
          if (t >= ctx->n || taken[t])
            continue;
        }
      m = mention_starting_at (ctx, t);
      if (!(m != NULL && m->entry->kind == CH_GAZ_TITLE) && cue_at (ctx, t) != CUE_TITLE)
        continue;
      tlen = m != NULL && m->entry->kind == CH_GAZ_TITLE ? m->n : ctx->cue_len[t];
      if (tok_is (ctx, t + tlen, "of") || tok_is (ctx, t + tlen, "to") ||
          (tok (ctx, t + tlen < ctx->n ? t + tlen : i)->flags & CH_TOKEN_POSSESSIVE) ||
          (!(tok (ctx, t)->flags & CH_TOKEN_UPPER) && !(t == i + 1 && monarch_title (m))))
        continue;
      word = title_role (ctx, t, m);
      if (word != NULL)
        found = unique_person (ctx, holds_title, word);
      if (found >= 0)
        {
          PersonMention pm = { (guint) found, t, tlen, i, TRUE };

          g_array_append_val (ctx->pmentions, pm);
          taken[t] = 1;
        }
    }

  /* "International Atomic Energy Agency chief X", "IAEA Director General
   * X", "X, head of the World Health Organization": someone who speaks for
   * an international organisation is no side of their own country */
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      Person *person = ctx->persons->pdata[pm->person];
      guint i = pm->context;
      const Mention *m;

      for (guint q = 0; q < 2 && i > 0 && !(tok (ctx, i - 1)->flags & CH_TOKEN_UPPER) &&
                        (tok (ctx, i - 1)->flags & CH_TOKEN_LETTERS) &&
                        (tok_is (ctx, i - 1, "chief") || tok_is (ctx, i - 1, "head") ||
                         tok_is (ctx, i - 1, "director") || tok_is (ctx, i - 1, "general") ||
                         tok_is (ctx, i - 1, "boss") || tok_is (ctx, i - 1, "president")); q++)
        i--;
      m = i > 0 ? mention_at (ctx, i - 1) : NULL;
      if (m != NULL && m->entry->kind == CH_GAZ_ORGANIZATION && m->first + m->n == i &&
          !(tok (ctx, i - 1)->flags & CH_TOKEN_POSSESSIVE))
        person->org_official = TRUE;
      /* "the European Union's foreign policy chief, Catherine Ashton",
       * "the UN's special envoy X": an office of the organisation told in
       * lower case before the name */
      i = pm->first;
      if (i > 0 && tok_is_char (ctx, i - 1, ','))
        i--;
      if (i > 0 && (lower_role_noun (ctx, i - 1) || tok_is (ctx, i - 1, "chief") ||
                    tok_is (ctx, i - 1, "head") || tok_is (ctx, i - 1, "commissioner") ||
                    tok_is (ctx, i - 1, "secretary-general")))
        {
          i--;
          for (guint q = 0; q < 3 && i > 0 && lower_modifier (ctx, i - 1); q++)
            i--;
          if (i > 1 && (tok (ctx, i - 1)->flags & CH_TOKEN_POSSESSIVE))
            {
              m = mention_at (ctx, i - 2);
              if (m != NULL && m->entry->kind == CH_GAZ_ORGANIZATION)
                person->org_official = TRUE;
            }
        }
      /* "Kremlin spokesman X", "X, the State Department spokeswoman,";
       * not "…, a spokesman said. X condemned …", the end of the
       * sentence before */
      for (guint q = MAX (pm->context > 3 ? pm->context - 3 : 0,
                          sentence (ctx, ctx->sentence_of[pm->first])->first);
           q < pm->first; q++)
        if (tok_is (ctx, q, "spokesman") || tok_is (ctx, q, "spokeswoman") ||
            tok_is (ctx, q, "spokesperson"))
          {
            /* "a spokesman for President X": X is the one spoken for,
             * not the spokesperson */
            gboolean spoken_for = FALSE;

            for (guint r = q + 1; r < pm->first && !spoken_for; r++)
              spoken_for = tok_is (ctx, r, "for") || tok_is (ctx, r, "of") || tok_is (ctx, r, "to");
            if (!spoken_for)
              person->spokesperson = TRUE;
          }
      i = pm->first + pm->n;
      if (tok_is_char (ctx, i, ','))
        for (guint q = i + 1; q < i + 5 && q < ctx->n && !tok_is_char (ctx, q, ','); q++)
          if (tok_is (ctx, q, "spokesman") || tok_is (ctx, q, "spokeswoman") ||
              tok_is (ctx, q, "spokesperson"))
            person->spokesperson = TRUE;
      /* ", head of the IAEA," after the name */
      i = pm->first + pm->n;
      if (tok_is_char (ctx, i, ',') &&
          (tok_is (ctx, i + 1, "head") || tok_is (ctx, i + 1, "chief") ||
           tok_is (ctx, i + 1, "director-general")) &&
          tok_is (ctx, i + 2, "of") && (tok_is (ctx, i + 3, "the") || mention_at (ctx, i + 3) != NULL))
        {
          m = mention_at (ctx, tok_is (ctx, i + 3, "the") ? i + 4 : i + 3);
          if (m != NULL && m->entry->kind == CH_GAZ_ORGANIZATION)
            person->org_official = TRUE;
        }
    }

  /* "Cde. Emmerson Dambudzo Mnangagwa": a middle name that the gazetteer's
   * spelling leaves out; the given name and the surname find the listed
   * person when the document tells the same side, or names that side's
   * country (a middle name may as well tell a namesake apart) */
  for (guint p = 0; p < ctx->persons->len; p++)
    {
      Person *person = ctx->persons->pdata[p];
      const char *first_space, *last_space;
      g_autofree char *short_name = NULL;
      const ChGazEntry *curated;
      gboolean agrees = FALSE;

      if (person->curated != NULL || person->n_words < 3)
        continue;
      first_space = strchr (person->name, ' ');
      last_space = strrchr (person->name, ' ');
      short_name = g_strdup_printf ("%.*s%s", (int) (first_space - person->name), person->name, last_space);
      curated = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_PERSON, short_name);
      if (curated == NULL || curated->code == NULL)
        continue;
      if (person->country != NULL)
        agrees = strcmp (person->country, curated->code) == 0;
      else
        for (guint k = 0; k < ctx->mentions->len && !agrees; k++)
          {
            const Mention *m = &g_array_index (ctx->mentions, Mention, k);

            agrees = is_country_mention (m) && g_strcmp0 (m->entry->code, curated->code) == 0;
          }
      if (!agrees)
        continue;
      person->curated = curated->name;
      person->country = curated->code;
      person->middle_name = TRUE;
    }

  /* "ZAGREB — Prime Minister Jadranka Kosor and her Slovenian counterpart
   * …": an office told without a country, in a report from a city of
   * the country, is that country's office; the writer names the side
   * of every foreigner. Not where the dateline's country already has a
   * person of that office. */
  if (ctx->dateline_country != NULL)
    for (guint p = 0; p < ctx->persons->len; p++)
      {
        Person *person = ctx->persons->pdata[p];
        gboolean taken_office = FALSE;

        if (person->country != NULL || person->role == NULL || person->n_words < 2 ||
            person->org_official || person->spokesperson || !national_office (person->role))
          continue;
        for (guint q = 0; q < ctx->persons->len && !taken_office; q++)
          {
            const Person *other = ctx->persons->pdata[q];

            taken_office = q != p && g_strcmp0 (other->country, ctx->dateline_country) == 0 &&
                           g_strcmp0 (other->role, person->role) == 0;
          }
        if (!taken_office)
          person->country = ctx->dateline_country;
      }

  /* "President Putin", "Erdogan said": a surname alone, when no fuller
   * spelling in the document tells who bears it, names the one listed
   * person with that surname, unless the document gives them another
   * side */
  for (guint p = 0; p < ctx->persons->len; p++)
    {
      Person *person = ctx->persons->pdata[p];
      const ChGazEntry *listed;

      if (person->curated != NULL || person->n_words != 1)
        continue;
      listed = g_hash_table_lookup (ctx->self->surnames, name_key (ctx, person->name));
      if (listed == NULL || (person->country != NULL && strcmp (person->country, listed->code) != 0))
        continue;
      person->curated = listed->name;
      person->country = listed->code;
      person->by_surname = TRUE;
    }

  g_free (taken);
  g_clear_pointer (&ctx->person_bits, g_free);
}

static int
compare_pmentions (gconstpointer a,
                   gconstpointer b)
{
  const PersonMention *pa = a;
  const PersonMention *pb = b;

  return (int) pa->first - (int) pb->first;
}

/* The arrays sorted here come nearly in order, and there an insertion
 * sort beats g_array_sort(), whose merge sort calls the comparison
 * through a pointer and copies elements with memcpy(). Past a few moves
 * per element it hands over to g_array_sort(). Both sorts are stable, and
 * insertion keeps equal elements in their order, so the result is the
 * one g_array_sort() gives. Always inlined, so that each caller's
 * comparison and element size are constants. */
#define SORT_MAX_MOVES(n) (8 * (gsize) (n) + 64)

static inline G_ALWAYS_INLINE void
sort_nearly_sorted (GArray       *array,
                    gsize         size,
                    GCompareFunc  compare)
{
  guint8 *p = (guint8 *) array->data;
  guint8 item[32];
  gsize moves = 0;

  g_assert (size <= sizeof item);
  g_assert (size == g_array_get_element_size (array));

  for (guint i = 1; i < array->len; i++)
    {
      guint j = i;

      memcpy (item, p + i * size, size);
      while (j > 0 && compare (p + (j - 1) * size, item) > 0)
        {
          memcpy (p + j * size, p + (j - 1) * size, size);
          j--;
        }
      memcpy (p + j * size, item, size);
      moves += i - j;
      /* far from sorted: the merge sort stays n log n */
      if (moves > SORT_MAX_MOVES (array->len))
        {
          g_array_sort (array, compare);
          return;
        }
    }
}

static void
sort_pmentions (GArray *array)
{
  sort_nearly_sorted (array, sizeof (PersonMention), compare_pmentions);
}

/* Pass 5: events */

static void
draft_destroy (Draft *d)
{
  g_array_unref (d->persons);
  g_ptr_array_unref (d->countries);
  g_ptr_array_unref (d->more_countries);
  g_ptr_array_unref (d->orgs);
  g_ptr_array_unref (d->topics);
  g_free (d->occasion);
  g_free (d->date_text);
  g_free (d);
}

/* Drafts freed, with their arrays emptied, per thread: a document makes
 * several drafts of six allocations each, and the next one can take them
 * over. At most DRAFT_POOL_MAX are kept, so memory stays bounded. */
#define DRAFT_POOL_MAX 64

static GPrivate draft_pool = G_PRIVATE_INIT ((GDestroyNotify) g_ptr_array_unref);

static void
draft_free (Draft *d)
{
  GPtrArray *pool = g_private_get (&draft_pool);

  if (pool == NULL)
    {
      pool = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_destroy);
      g_private_set (&draft_pool, pool);
    }
  if (pool->len >= DRAFT_POOL_MAX)
    {
      draft_destroy (d);
      return;
    }
  g_clear_pointer (&d->occasion, g_free);
  g_clear_pointer (&d->date_text, g_free);
  g_ptr_array_add (pool, d);
}

static Draft *
draft_new (guint s)
{
  GPtrArray *pool = g_private_get (&draft_pool);
  Draft *d;

  if (pool != NULL && pool->len > 0)
    {
      GArray *persons;
      GPtrArray *countries, *more_countries, *orgs, *topics;

      d = g_ptr_array_steal_index_fast (pool, pool->len - 1);
      persons = d->persons;
      countries = d->countries;
      more_countries = d->more_countries;
      orgs = d->orgs;
      topics = d->topics;
      g_array_set_size (persons, 0);
      g_ptr_array_set_size (countries, 0);
      g_ptr_array_set_size (more_countries, 0);
      g_ptr_array_set_size (orgs, 0);
      g_ptr_array_set_size (topics, 0);
      memset (d, 0, sizeof *d);
      d->persons = persons;
      d->countries = countries;
      d->more_countries = more_countries;
      d->orgs = orgs;
      d->topics = topics;
    }
  else
    {
      d = g_new0 (Draft, 1);
      d->persons = g_array_new (FALSE, FALSE, sizeof (guint));
      d->countries = g_ptr_array_new ();
      d->more_countries = g_ptr_array_new ();
      d->orgs = g_ptr_array_new ();
      d->topics = g_ptr_array_new ();
    }
  d->sentence = s;
  return d;
}

static gboolean
draft_has_person (const Draft *d,
                  guint  p)
{
  for (guint i = 0; i < d->persons->len; i++)
    if (g_array_index (d->persons, guint, i) == p)
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean     meet, visit, sidelines, phone, sign, pact, nego, two, discuss;
  gboolean     future, negated;
  gboolean     earlier;         /* "the previous one was held in …" */
  gboolean     same_place;      /* "took place in the same city" */
  gboolean     spoke;           /* "X and Y spoke": a call in a report of calls */
  guint        cue_token;
  guint        first_discuss;
  GArray      *persons;         /* guint, participants named in the sentence */
  GPtrArray   *sides;           /* country codes */
  const char  *city;
  guint        city_score;
  const char  *city_country;
  const char  *venue;
  const char  *venue_city;
  const char  *venue_country;
  const char  *in_country;
  guint        in_country_token;
  guint        last_cue_token;
  guint        phone_token;     /* the telephone cue: it decides the type */
  gboolean     only_reference;  /* its only cue is "after the talks" */
  gboolean     date_open;       /* its only date was the journey home's */
  gboolean     signed_now;      /* a signing it reports, not one planned */
  guint        sign_token;
  guint        relative_pact;   /* "the accord signed in 2015": its noun */
  guint        ret_first;       /* the clause of a return home, [first, last) */
  guint        ret_last;
  char        *occasion;
  const ChDateMatch *date;
  Draft       *topic_draft;     /* the event its topics go to, when not the one it adds to */
  Ctx         *ctx;             /* where sent_info_clear() returns the arrays */
} SentInfo;

static void
sent_info_clear (SentInfo *si)
{
  Ctx *ctx = si->ctx;

  if (si->persons != NULL && ctx->n_spare_persons < G_N_ELEMENTS (ctx->spare_persons))
    {
      g_array_set_size (si->persons, 0);
      ctx->spare_persons[ctx->n_spare_persons++] = g_steal_pointer (&si->persons);
    }
  if (si->sides != NULL && ctx->n_spare_sides < G_N_ELEMENTS (ctx->spare_sides))
    {
      g_ptr_array_set_size (si->sides, 0);
      ctx->spare_sides[ctx->n_spare_sides++] = g_steal_pointer (&si->sides);
    }
  g_clear_pointer (&si->persons, g_array_unref);
  g_clear_pointer (&si->sides, g_ptr_array_unref);
  g_clear_pointer (&si->occasion, g_free);
}

/* Whether a person's name (or title and name) starts at token @i */
static gboolean
person_starts_at (Ctx   *ctx,
                  guint  i)
{
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->first == i || pm->context == i)
        return TRUE;
      if (pm->first > i + 8)
        break;
    }
  return FALSE;
}

/* "would accept the peace agreement signed in Algiers in 2000", "the
 * accord they concluded in 2015": the signing is told in a clause of its
 * own, in the past, whatever the sentence around it plans or whoever it
 * names before. Returns the token of the pact's noun, or G_MAXUINT. */
static guint
signing_in_relative (Ctx   *ctx,
                     guint  first,
                     guint  cue_token)
{
  if (cue_at (ctx, cue_token) != CUE_SIGN || tok_is (ctx, cue_token, "sign") ||
      tok_is (ctx, cue_token, "signing"))
    return G_MAXUINT;
  for (guint i = cue_token; i > first && i + 6 > cue_token; i--)
    {
      Cue c = cue_at (ctx, i - 1);

      if (c == CUE_PACT)
        return i - 1;
      if (c == CUE_FUTURE || c == CUE_NEGATION || tok_is (ctx, i - 1, "be") ||
          tok_is_char (ctx, i - 1, ',') || !(tok (ctx, i - 1)->flags & CH_TOKEN_WORD))
        break;
    }
  return G_MAXUINT;
}

static gboolean
is_future_before (Ctx   *ctx,
                  guint  first,
                  guint  cue_token)
{
  guint from = cue_token > first + 12 ? cue_token - 12 : first;
  gboolean invited = FALSE;

  /* only the clause of the cue: "X, who will fly to Y next week, met Z" */
  for (guint i = cue_token; i > from; i--)
    {
      /* tok_is_char() of the three marks, with one length test */
      const ChToken *t = tok (ctx, i - 1);
      char c = ctx->text[t->start];

      if (t->len == 1 && (c == ',' || c == ';' || c == ':'))
        {
          from = i;
          break;
        }
    }

  if (signing_in_relative (ctx, first, cue_token) != G_MAXUINT)
    return FALSE;

  for (guint i = first; i < cue_token; i++)
    if (cue_at (ctx, i) == CUE_INVITE)
      invited = TRUE;
  /* "invited him to visit", "an invitation to visit" */
  if (invited && cue_token > first && tok_is (ctx, cue_token - 1, "to"))
    return TRUE;
  if (tok_is (ctx, cue_token, "visit") && cue_token > first && tok_is (ctx, cue_token - 1, "to"))
    return TRUE;

  for (guint i = from; i < cue_token; i++)
    {
      Cue c = cue_at (ctx, i);

      /* "disputes should be resolved through talks": what ought to be
       * done, not what was */
      if (c == CUE_FUTURE || tok_is (ctx, i, "should") || tok_is (ctx, i, "must"))
        return TRUE;
      if (c == CUE_FUTURE_ADJ && i + 3 >= cue_token)
        return TRUE;
      if (c == CUE_NEGATION && i + 3 >= cue_token)
        return TRUE;
    }
  return FALSE;
}

/* "a planned signing of a minerals agreement", "the signing of the
 * accord was called off": a signing that did not happen */
static gboolean
signing_planned (Ctx   *ctx,
                 guint  first,
                 guint  last,
                 guint  sign_token,
                 guint  pact_token)
{
  guint from = MIN (sign_token != 0 ? sign_token : pact_token, pact_token);

  if (sign_token != 0 && sign_token < pact_token && is_future_before (ctx, first, sign_token))
    return TRUE;
  for (guint k = pact_token + 1; k < last && k < pact_token + 5; k++)
    {
      if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
        break;
      /* "was called off", not "a pact not to use force" */
      if (cue_at (ctx, k) == CUE_NEGATION && !tok_is (ctx, k, "without") && !tok_is (ctx, k, "not") &&
          !tok_is (ctx, k, "no") && !tok_is (ctx, k, "never"))
        return TRUE;
    }
  /* "no agreement was signed", "neither side signed": a signing denied */
  for (guint k = from; k > first && k + 3 > from; k--)
    if (cue_at (ctx, k - 1) == CUE_NEGATION && !tok_is (ctx, k - 1, "without"))
      return TRUE;
  return from > first && cue_at (ctx, from - 1) == CUE_FUTURE_ADJ;
}

/* "A meeting between X and Y is expected to follow", "the next round of
 * talks will be held": an event word, as a noun with its article, whose
 * verb is in the future */
static gboolean
noun_with_future (Ctx   *ctx,
                  guint  first,
                  guint  last,
                  guint  cue_token)
{
  guint k = cue_token;

  if (!(tok_is (ctx, k, "meeting") || tok_is (ctx, k, "talks") || tok_is (ctx, k, "visit") ||
        tok_is (ctx, k, "trip") ||
        cue_at (ctx, k) == CUE_NEGOTIATION))
    return FALSE;
  /* "did not expect an easy meeting", "expects productive talks": the
   * object of an expectation is still to come */
  for (guint i = k; i > first && i + 5 > k; i--)
    {
      /* the words below by their first letter, folded to lower case */
      guchar initial;

      if (tok (ctx, i - 1)->flags & CH_TOKEN_PUNCT)
        break;
      initial = (guchar) ctx->text[tok (ctx, i - 1)->start] | 0x20;
      if (initial == 'e' &&
          (tok_is (ctx, i - 1, "expect") || tok_is (ctx, i - 1, "expects") ||
           tok_is (ctx, i - 1, "expected") || tok_is (ctx, i - 1, "expecting")))
        return TRUE;
      if (initial == 'a' &&
          (tok_is (ctx, i - 1, "anticipate") || tok_is (ctx, i - 1, "anticipates") ||
           tok_is (ctx, i - 1, "anticipated") || tok_is (ctx, i - 1, "anticipating")))
        return TRUE;
    }
  /* "restructuring talks would be long", "negotiations will resume": a
   * bare plural whose own verb is a modal is talks still to come */
  if ((tok_is (ctx, k, "talks") || tok_is (ctx, k, "negotiations") || tok_is (ctx, k, "consultations")) &&
      k + 1 < last && cue_at (ctx, k + 1) == CUE_FUTURE &&
      !(k > first && (tok_is (ctx, k - 1, "the") || tok_is (ctx, k - 1, "their") ||
                      tok_is (ctx, k - 1, "these") || tok_is (ctx, k - 1, "his") ||
                      tok_is (ctx, k - 1, "her"))))
    return TRUE;
  if (k > first && (tok_is (ctx, k - 1, "new") || tok_is (ctx, k - 1, "further") ||
                    tok_is (ctx, k - 1, "second") || tok_is (ctx, k - 1, "follow-up") ||
                    tok_is (ctx, k - 1, "bilateral")))
    k--;
  if (!(k > first && (tok_is (ctx, k - 1, "a") || tok_is (ctx, k - 1, "another") ||
                      tok_is (ctx, k - 1, "the"))))
    return FALSE;
  for (guint i = cue_token + 1; i < last && i < cue_token + 14; i++)
    {
      Cue c = cue_at (ctx, i);

      if (tok_is_char (ctx, i, ',') || tok_is_char (ctx, i, ';') ||
          c == CUE_MEET || c == CUE_VISIT || c == CUE_PHONE || c == CUE_SIGN || c == CUE_DISCUSS)
        return FALSE;
      if (c == CUE_FUTURE)
        return TRUE;
    }
  return FALSE;
}

static char *
read_occasion (Ctx   *ctx,
               guint  j,
               guint  last)
{
  GString *s = g_string_new (NULL);
  guint words = 0;
  gboolean keyword = FALSE;

  if (tok_is (ctx, j, "the"))
    j++;
  while (j < last && words < 14)
    {
      const ChToken *t = tok (ctx, j);

      if (tok_is (ctx, j, "held") || tok_is (ctx, j, "in") || tok_is (ctx, j, "at") ||
          tok_is (ctx, j, "on") || tok_is (ctx, j, "where") || tok_is (ctx, j, "which") ||
          tok_is (ctx, j, "that") || tok_is (ctx, j, "when") || tok_is (ctx, j, "and") ||
          tok_is_char (ctx, j, ',') || tok_is_char (ctx, j, '.') || tok_is_char (ctx, j, ';') ||
          (t->flags & CH_TOKEN_NEWLINE))
        break;
      /* "on the sidelines of the summit Modi also met …": a name or a
       * verb of meeting ends the occasion's name */
      if (words > 0 && (person_starts_at (ctx, j) || cue_at (ctx, j) == CUE_MEET ||
                        cue_at (ctx, j) == CUE_VISIT || cue_at (ctx, j) == CUE_PHONE ||
                        cue_at (ctx, j) == CUE_DISCUSS))
        break;
      /* "(IPU)" repeats an acronym */
      if (tok_is_char (ctx, j, '('))
        {
          guint k = j + 1;

          while (k < last && k - j < 6 && !tok_is_char (ctx, k, ')'))
            k++;
          j = k + 1;
          continue;
        }
      if (cue_at (ctx, j) == CUE_OCCASION)
        keyword = TRUE;
      if (s->len > 0 && (t->flags & CH_TOKEN_SPACE))
        g_string_append_c (s, ' ');
      g_string_append_len (s, ctx->text + t->start, t->len);
      if (t->flags & CH_TOKEN_WORD)
        words++;
      j++;
    }
  if (words == 0 || (!keyword && words > 6))
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

/* "at the Kremlin", "in the Oval Office", "talks at Hyderabad House"
 * place the event; "entered the White House", "the Kremlin said" name a
 * building or an institution */
/* "according to the Kremlin", "according to officials in Islamabad", "…,
 * according to a statement from the presidency in Abuja": the phrase
 * names where the account comes from, not where the event took place.
 * Whether token @i lies in such a phrase, within its clause. */
static gboolean
in_attribution (Ctx   *ctx,
                guint  first,
                guint  i)
{
  static const char *const speakers[] = {
    "ministry", "office", "officials", "official", "embassy", "spokesman", "spokeswoman",
    "spokesperson", "sources", "diplomats", "analysts", "government", "presidency",
  };
  static const char *const speech[] = {
    "said", "says", "reported", "announced", "stated", "added", "confirmed",
  };
  const Mention *m = mention_at (ctx, i);

  /* "…, the foreign ministry in Dhaka said", "officials in Seoul said":
   * where the speaker sits, not where the talks were */
  if (m != NULL && i > first + 1 && tok_is (ctx, i - 1, "in") &&
      tok_is_one_of (ctx, i - 2, speakers, G_N_ELEMENTS (speakers)))
    {
      guint after = m->first + m->n;

      if (tok_is_one_of (ctx, after, speech, G_N_ELEMENTS (speech)) ||
          ((tok_is (ctx, after, "has") || tok_is (ctx, after, "had")) &&
           tok_is_one_of (ctx, after + 1, speech, G_N_ELEMENTS (speech))))
        return TRUE;
    }
  for (guint k = i; k > first && k + 16 > i; k--)
    {
      if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
        return FALSE;
      if (tok_is (ctx, k - 1, "according") && tok_is (ctx, k, "to"))
        return TRUE;
    }
  return FALSE;
}

/* "he flew to Cartagena in August 2000 to meet …": a journey told in the
 * past tense, with its destination, before the "to meet" at @i */
static gboolean
travelled_to_meet (Ctx   *ctx,
                   guint  first,
                   guint  i)
{
  static const char *const journeys[] = {
    "flew", "travelled", "traveled", "went", "journeyed", "headed", "drove", "sailed",
  };
  gboolean place = FALSE;

  for (guint k = i - 1; k > first && k + 14 > i; k--)
    {
      const Mention *m = mention_starting_at (ctx, k);

      if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
        return FALSE;
      if (m != NULL && m->entry->kind == CH_GAZ_CITY && tok_is (ctx, k - 1, "to"))
        place = TRUE;
      if (place && tok_is_one_of (ctx, k - 1, journeys, G_N_ELEMENTS (journeys)))
        return TRUE;
    }
  return FALSE;
}

/* "held talks on the nuclear agreement, from which the United States
 * withdrew in May": whether token @i lies in a relative clause (", which
 * …", ", from which …") that does not hold the event's cue @cue */
static gboolean
date_in_relative_clause (Ctx   *ctx,
                         guint  first,
                         guint  last,
                         guint  i,
                         guint  cue)
{
  guint start = G_MAXUINT;
  guint end = last;

  for (guint k = i; k > first; k--)
    {
      if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
        {
          if (tok_is (ctx, k, "which") || tok_is (ctx, k, "whom") ||
              ((tok (ctx, k)->flags & CH_TOKEN_WORD) && k + 1 < last &&
               (tok_is (ctx, k + 1, "which") || tok_is (ctx, k + 1, "whom"))))
            start = k;
          break;
        }
    }
  if (start == G_MAXUINT)
    return FALSE;
  /* "during his visit, which began on Sunday": a clause about the event
   * itself dates it */
  {
    static const char *const event_nouns[] = {
      "visit", "trip", "tour", "stay", "talks", "meeting", "summit", "call", "negotiations",
      "consultations", "conference", "session", "round",
    };
    guint noun = start - 1;   /* the comma */
    Cue c = noun > first ? cue_at (ctx, noun - 1) : CUE_NONE;

    if (c == CUE_MEET || c == CUE_VISIT || c == CUE_PHONE || c == CUE_NEGOTIATION ||
        c == CUE_SIDELINES || c == CUE_OCCASION ||
        (noun > first && tok_is_one_of (ctx, noun - 1, event_nouns, G_N_ELEMENTS (event_nouns))))
      return FALSE;
  }
  for (guint k = i; k < last; k++)
    if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
      {
        end = k;
        break;
      }
  return cue < start || cue >= end;
}

/* "after the fighting in May", "since Ma took office in 2008", "the
 * announcement on Dec. 17": a date told of a happening that is no
 * meeting between the sides dates that happening, not the talks or the
 * visit the sentence tells of */
static gboolean
date_of_a_happening (Ctx               *ctx,
                     guint              first,
                     const ChDateMatch *m)
{
  static const char *const happenings[] = {
    "fighting", "war", "occupation", "invasion", "offensive", "attack", "attacks", "bombing",
    "coup", "election", "elections", "referendum", "announcement", "office", "application",
    "applications", "earthquake", "floods", "crisis", "clashes", "protests", "uprising",
    "independence", "ruling", "verdict", "withdrawal",
  };
  guint b = m->first_token;

  /* the preposition, whether the date's or before it */
  if (b > first && !(tok_is (ctx, b, "in") || tok_is (ctx, b, "on")) &&
      (tok_is (ctx, b - 1, "in") || tok_is (ctx, b - 1, "on")))
    b--;
  if (!(tok_is (ctx, b, "in") || tok_is (ctx, b, "on")) || b <= first)
    return FALSE;
  /* not a name: "at the Prime Minister's Office on Wednesday" */
  return !(tok (ctx, b - 1)->flags & CH_TOKEN_UPPER) &&
         tok_is_one_of (ctx, b - 1, happenings, G_N_ELEMENTS (happenings));
}

static gboolean
venue_is_place (Ctx   *ctx,
                guint  i)
{
  if (i > 0 && tok_is (ctx, i - 1, "the"))
    i--;
  /* "received him at his summer residence, the Fort de Brégançon": the
   * venue names the place the preposition before the comma gave */
  if (i > 2 && tok_is_char (ctx, i - 1, ','))
    for (guint k = i - 1; k > 0 && k + 6 > i; k--)
      {
        if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, '.'))
          break;
        if (tok_is (ctx, k - 1, "at") || tok_is (ctx, k - 1, "in") || tok_is (ctx, k - 1, "inside"))
          return TRUE;
      }
  if (i > 1 && tok_is (ctx, i - 1, "to") && tok_is (ctx, i - 2, "according"))
    return FALSE;
  return i > 0 && (tok_is (ctx, i - 1, "at") || tok_is (ctx, i - 1, "in") ||
                   tok_is (ctx, i - 1, "inside") || tok_is (ctx, i - 1, "to"));
}

static gboolean
receives_someone (Ctx   *ctx,
                  guint  from,
                  guint  last)
{
  for (guint k = from; k < last && k < from + 5; k++)
    {
      const Mention *m = mention_starting_at (ctx, k);
      Cue c = cue_at (ctx, k);

      if (person_starts_at (ctx, k) || c == CUE_TITLE || c == CUE_SIDE || c == CUE_HONORIFIC ||
          (m != NULL && (m->entry->kind == CH_GAZ_TITLE || m->entry->kind == CH_GAZ_PERSON)) ||
          tok_is (ctx, k, "him") || tok_is (ctx, k, "her") || tok_is (ctx, k, "them") ||
          tok_is (ctx, k, "visitor") || tok_is (ctx, k, "visitors") || tok_is (ctx, k, "guest") ||
          tok_is (ctx, k, "guests"))
        return TRUE;
      if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, '.'))
        break;
    }
  return FALSE;
}

/* "returned from Beijing on Thursday after a state visit", "… before
 * flying home on Friday": the clause of the journey home tells where the
 * reported event was, but its date is the day of the journey. Finds that
 * clause, [*ret_first, *ret_last), and returns whether there is one. */
static gboolean
find_return_clause (Ctx   *ctx,
                    guint  first,
                    guint  last,
                    guint *ret_first,
                    guint *ret_last)
{
  g_assert (ret_first != NULL && ret_last != NULL);

  /* most sentences hold none of return_verbs[] */
  if (!range_may_have_class (ctx, first, last, WORD_RETURN))
    return FALSE;
  for (guint i = first; i < last; i++)
    {
      gboolean home;

      /* one bit rules out most tokens: return_verbs[] holds the verbs
       * below */
      if (!tok_has_class (ctx, i, WORD_RETURN))
        continue;
      home = tok_is (ctx, i, "returned") || tok_is (ctx, i, "returning") ||
                      ((tok_is (ctx, i, "flew") || tok_is (ctx, i, "flying") ||
                        tok_is (ctx, i, "headed") || tok_is (ctx, i, "heading") ||
                        tok_is (ctx, i, "arrived") || tok_is (ctx, i, "came") ||
                        tok_is (ctx, i, "left")) &&
                       (tok_is (ctx, i + 1, "home") || tok_is (ctx, i + 1, "back")));

      if (!home)
        continue;
      /* "… before flying home on Thursday": the rest of the clause */
      if (i > first && (tok_is (ctx, i - 1, "before") ||
                        (i > first + 1 && tok_is (ctx, i - 2, "before"))))
        {
          guint k = i + 1;

          while (k < last && !tok_is_char (ctx, k, ',') && !tok_is_char (ctx, k, ';'))
            k++;
          *ret_first = i;
          *ret_last = k;
          return TRUE;
        }
      /* "returned … after a trip to Washington" */
      for (guint k = i + 1; k < last && k < i + 40; k++)
        {
          if (tok_is_char (ctx, k, ';'))
            break;
          if (tok_is (ctx, k, "after"))
            {
              *ret_first = i;
              *ret_last = k;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* "The previous one was held in New Delhi in December 2019", "the last
 * summit took place at Chequers": an earlier occasion of the kind the
 * report tells, named by its noun and placed by "was held" or "took
 * place".  Returns the token of the noun, or G_MAXUINT; @kind gets the
 * cue that noun stands for. */
static guint
earlier_occasion (Ctx   *ctx,
                  guint  s,
                  guint  first,
                  guint  last,
                  Cue   *kind)
{
  static const struct { const char *word; Cue cue; } nouns[] = {
    { "round", CUE_NEGOTIATION }, { "session", CUE_NEGOTIATION },
    { "consultations", CUE_NEGOTIATION }, { "negotiations", CUE_NEGOTIATION },
    { "summit", CUE_MEET }, { "meeting", CUE_MEET }, { "edition", CUE_MEET },
    { "visit", CUE_VISIT }, { "one", CUE_NONE },
  };

  /* most sentences hold none of earlier_words[] */
  if (!range_may_have_class (ctx, first, last, WORD_EARLIER))
    return G_MAXUINT;
  for (guint i = first; i + 3 < last; i++)
    {
      guint noun = G_MAXUINT;
      Cue cue = CUE_NONE;

      if (!tok_has_class (ctx, i, WORD_EARLIER))
        continue;
      for (guint j = i + 1; j < last && j < i + 5 && noun == G_MAXUINT; j++)
        for (guint w = 0; w < G_N_ELEMENTS (nouns); w++)
          if (tok_is (ctx, j, nouns[w].word))
            {
              noun = j;
              cue = nouns[w].cue;
              break;
            }
      if (noun == G_MAXUINT)
        continue;
      /* "was held", "were held", "had been held", "took place" */
      {
        gboolean placed = FALSE;

        for (guint j = noun + 1; j + 1 < last && j < noun + 6 && !placed; j++)
          placed = (tok_is (ctx, j + 1, "held") &&
                    (tok_is (ctx, j, "was") || tok_is (ctx, j, "were") || tok_is (ctx, j, "been"))) ||
                   (tok_is (ctx, j, "took") && tok_is (ctx, j + 1, "place"));
        if (!placed)
          continue;
      }
      /* "the previous one": the noun of the sentence before */
      if (cue == CUE_NONE && s > 0)
        {
          Sentence *before = sentence (ctx, s - 1);

          for (guint j = before->last; j > before->first && cue == CUE_NONE; j--)
            for (guint w = 0; w + 1 < G_N_ELEMENTS (nouns); w++)
              if (tok_is (ctx, j - 1, nouns[w].word))
                {
                  cue = nouns[w].cue;
                  break;
                }
        }
      if (cue == CUE_NONE)
        continue;
      *kind = cue;
      return noun;
    }
  return G_MAXUINT;
}

/* Whether the pact noun just before token @i is named by a year of the
 * past ("the 1999 treaty signed in Lima"): that signing is an earlier
 * one, see add_pacts_named_by_year() */
static gboolean
pact_of_a_past_year_before (Ctx   *ctx,
                            guint  first,
                            guint  i)
{
  guint noun;

  if (i <= first || cue_at (ctx, i - 1) != CUE_PACT)
    return FALSE;
  noun = i - 1;
  for (guint k = noun; k > first && k + 4 > noun; k--)
    {
      const ChToken *t = tok (ctx, k - 1);

      if ((t->flags & CH_TOKEN_DIGIT) && t->len == 4)
        {
          guint year = (guint) g_ascii_strtoull (ctx->text + t->start, NULL, 10);

          return year >= 1900 && (ctx->doc_date.year == 0 || year < ctx->doc_date.year);
        }
      if (!(t->flags & CH_TOKEN_LETTERS))
        return FALSE;
    }
  return FALSE;
}

static gboolean person_ends_at (Ctx   *ctx,
                                guint  i);

/* The verbs of spoke_together(), asked first in line: most tokens are
 * none of them, and a call per token shows */
static inline gboolean
tok_is_spoke (Ctx   *ctx,
              guint  i)
{
  /* spoke_words[] */
  return tok_has_class (ctx, i, WORD_SPOKE);
}

/* "Sheinbaum and Trump first spoke on 27 November", "he then spoke with
 * Ukraine's President Zelensky", "the two men spoke directly": two named
 * people talking to each other, not someone who "spoke to reporters",
 * "spoke about trade" or "spoke of a scandal" */
static gboolean
spoke_together (Ctx   *ctx,
                guint  first,
                guint  last,
                guint  i)
{
  static const char *const adverbs[] = { "first", "then", "also", "last", "briefly", "later", "had", "have", "has" };
  guint k;

  g_assert (i >= first);
  if (!tok_is_spoke (ctx, i))
    return FALSE;
  /* "spoke with President X", "talked with Ukraine's leader X" */
  if (i + 2 < last && tok_is (ctx, i + 1, "with"))
    {
      for (k = i + 2; k < last && k < i + 7; k++)
        {
          if (person_starts_at (ctx, k))
            return TRUE;
          /* "Ukraine's President X": a possessive's mark is no word */
          if (!(tok (ctx, k)->flags & CH_TOKEN_UPPER) && (tok (ctx, k)->flags & CH_TOKEN_LETTERS) &&
              !tok_is (ctx, k, "s"))
            break;
        }
      return FALSE;
    }
  if (i + 1 < last && (tok_is (ctx, i + 1, "about") || tok_is (ctx, i + 1, "of") ||
                       tok_is (ctx, i + 1, "to") || tok_is (ctx, i + 1, "at") ||
                       tok_is (ctx, i + 1, "for") || tok_is (ctx, i + 1, "on") ||
                       tok_is_char (ctx, i + 1, ',')) &&
      !(tok_is (ctx, i + 1, "on") && i + 2 < last && (tok (ctx, i + 2)->flags & (CH_TOKEN_UPPER | CH_TOKEN_DIGIT))))
    return FALSE;
  /* "X and Y (first) spoke", "the two leaders (then) spoke" */
  k = i;
  while (k > first && i - k < 2 && tok_is_one_of (ctx, k - 1, adverbs, G_N_ELEMENTS (adverbs)))
    k--;
  if (k < first + 2)
    return FALSE;
  if (tok_is (ctx, k - 2, "two") && (tok (ctx, k - 1)->flags & CH_TOKEN_LETTERS))
    return TRUE;
  if (person_ends_at (ctx, k - 1))
    for (guint j = k - 1; j > first && j + 8 > k; j--)
      if (tok_is (ctx, j, "and") && person_ends_at (ctx, j - 1))
        return TRUE;
  return FALSE;
}

/* Whether the event noun at @i is the object of "to make", "to pay",
 * "to hold" ("to pay a return visit", "to make an official visit") */
/* Whether a place (a city, or a country by its name) starts at token @k,
 * after an optional "the" */
static gboolean
place_starts_at (Ctx   *ctx,
                 guint  k)
{
  const Mention *m;

  if (k < ctx->n && tok_is (ctx, k, "the"))
    k++;
  if (k >= ctx->n)
    return FALSE;
  m = mention_starting_at (ctx, k);
  return m != NULL && (m->entry->kind == CH_GAZ_CITY ||
                       (m->entry->kind == CH_GAZ_COUNTRY && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM)));
}

/* "attended the inauguration", "attending his swearing-in", "attended the
 * independence celebrations": a leader's presence at another state's
 * ceremony is a visit to it; attending a summit or a forum is only the
 * occasion of what was done there */
static gboolean
attends_a_ceremony (Ctx   *ctx,
                    guint  i,
                    guint  last)
{
  static const char *const ceremonies[] = {
    "inauguration", "swearing-in", "swearing", "investiture", "coronation", "funeral",
    "celebrations", "independence", "enthronement",
  };

  for (guint k = i + 1; k < last && k < i + 6; k++)
    {
      if (tok_is_one_of (ctx, k, ceremonies, G_N_ELEMENTS (ceremonies)))
        return TRUE;
      if ((tok (ctx, k)->flags & CH_TOKEN_PUNCT) && !tok_is_dash (ctx, k) &&
          !(tok (ctx, k)->flags & CH_TOKEN_POSSESSIVE))
        return FALSE;
    }
  return FALSE;
}

/* "the first Australian leader to visit China", "the last president to
 * make a trip to Croatia": the infinitive tells what someone did first or
 * last, a fact and no plan */
static gboolean
first_to_do (Ctx   *ctx,
             guint  first,
             guint  to)
{
  for (guint k = to; k > first && k + 6 > to; k--)
    {
      if (tok (ctx, k - 1)->flags & CH_TOKEN_PUNCT)
        return FALSE;
      if (tok_is (ctx, k - 1, "first") || tok_is (ctx, k - 1, "last") || tok_is (ctx, k - 1, "only"))
        return k < to;
    }
  return FALSE;
}

static gboolean
infinitive_light_verb (Ctx   *ctx,
                       guint  first,
                       guint  i)
{
  static const char *const verbs[] = {
    "make", "pay", "hold", "undertake", "conduct", "have",
    /* "to seek negotiations", "to open talks": talks wanted, not held */
    "seek", "open", "start", "launch", "begin", "resume", "propose",
  };
  guint k = i;

  g_assert (i >= first);
  /* the article and up to two adjectives: "a", "an official", "a
   * reciprocal state" */
  while (k > first && i - k < 3 && !(tok (ctx, k - 1)->flags & (CH_TOKEN_UPPER | CH_TOKEN_PUNCT)) &&
         !tok_is_one_of (ctx, k - 1, verbs, G_N_ELEMENTS (verbs)))
    k--;
  if (k >= first + 2 && tok_is_one_of (ctx, k - 1, verbs + 6, G_N_ELEMENTS (verbs) - 6))
    {
      /* "the two leaders agreed to begin negotiations": the agreement
       * is the outcome of their meeting, which the sentence reports */
      for (guint j = first; j + 2 < k; j++)
        if (tok_is (ctx, j, "agreed") || tok_is (ctx, j, "decided"))
          return FALSE;
    }
  return k >= first + 2 && (k < i || cue_at (ctx, i) == CUE_NEGOTIATION || tok_is (ctx, i, "talks")) &&
         tok_is_one_of (ctx, k - 1, verbs, G_N_ELEMENTS (verbs)) &&
         tok_is (ctx, k - 2, "to") && !first_to_do (ctx, first, k - 2);
}

static gboolean discuss_is_hearsay (Ctx *ctx, guint i);

static gboolean date_is_past_marker (Ctx               *ctx,
                                     const ChDateMatch *m);
static gboolean day_within_days_before (const ChDay *day,
                                        const ChDay *ref,
                                        guint        n_days);

/* nouns of what talks are about, whose "in <country>" names no place of
 * the talks */
/* what negotiations may lead to: "a negotiated settlement" */
static const char *const outcome_nouns[] = {
  "settlement", "solution", "resolution", "end", "outcome", "peace", "transition", "exit",
};

/* Whether the negotiations named at @i are told to have stalled or broken
 * down, in their own clause or a "which" clause right after it */
static gboolean
negotiations_stalled (Ctx   *ctx,
                      guint  i,
                      guint  last)
{
  static const char *const failures[] = {
    "stalled", "collapsed", "faltered", "foundered", "broke", "froze", "frozen", "stalling",
    "deadlocked",
  };

  for (guint k = i + 1; k < last && k < i + 12; k++)
    {
      if (tok_is_char (ctx, k, ';') || tok_is_char (ctx, k, '.'))
        break;
      if (tok_is_char (ctx, k, ',') && !tok_is (ctx, k + 1, "which"))
        break;
      if (tok_is_one_of (ctx, k, failures, G_N_ELEMENTS (failures)))
        return !tok_is (ctx, k, "broke") || tok_is (ctx, k + 1, "down") || tok_is (ctx, k + 1, "off");
    }
  return FALSE;
}

/* what a province, written after the name it shares with its city, is
 * called */
static const char *const region_nouns[] = {
  "Prefecture", "prefecture", "Province", "province", "Region", "region", "Oblast", "oblast",
  "Governorate", "governorate", "County", "county", "Krai", "krai", "Voivodeship", "voivodeship",
};

/* The date expression that ends at token @i, or NULL */
static const ChDateMatch *
date_ending_at (Ctx   *ctx,
                guint  i)
{
  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

      if (m->n_tokens > 0 && m->first_token + m->n_tokens == i + 1)
        return m;
    }
  return NULL;
}

/* "Modi arrived in Suva from Port Vila, where he had held talks with
 * Salwai", "flew in from Australia, where he had met Abbott in Canberra":
 * when the talks are told in a clause that hangs on a place by "where",
 * that place (or the city the clause names itself) is where they were
 * held, and the traveller's arrival elsewhere is not.  Only when the main
 * clause tells no talks of its own: "held talks in Riyadh, where he also
 * opened a factory" keeps its city. */
static const char *const journey_verbs[] = {
  "arrived", "landed", "flew", "went", "came", "travelled", "traveled", "returned", "headed",
};

static void
where_clause_place (Ctx      *ctx,
                    guint     first,
                    guint     last,
                    SentInfo *si)
{
  if (!range_may_have_class (ctx, first, last, WORD_WHERE))
    return;
  for (guint w = first + 2; w < last; w++)
    {
      const ChDateMatch *dm;
      const Mention *a;
      const Mention *inner = NULL;
      const Mention *inner_venue = NULL;
      guint end = w - 1;
      guint clause_end = last;
      gboolean talks = FALSE;
      gboolean before = FALSE;

      if (!tok_has_class (ctx, w, WORD_WHERE) || !tok_is_char (ctx, w - 1, ','))
        continue;
      /* "to Uganda last month, where": past the date to the place */
      dm = date_ending_at (ctx, end - 1);
      if (dm != NULL && dm->first_token > first && dm->first_token < end)
        end = dm->first_token;
      a = mention_at (ctx, end - 1);
      if (a == NULL || a->first + a->n != end ||
          !(a->entry->kind == CH_GAZ_CITY || a->entry->kind == CH_GAZ_VENUE ||
            (a->entry->kind == CH_GAZ_COUNTRY && !(a->entry->flags & CH_GAZ_FLAG_DEMONYM))))
        continue;
      for (guint k = w + 1; k < last; k++)
        if (tok_is (ctx, k, "where") || tok_is_char (ctx, k, ';'))
          {
            clause_end = k;
            break;
          }
      for (guint k = w + 1; k < clause_end && !talks; k++)
        {
          Cue c = cue_at (ctx, k);

          /* "where he is due to hold talks": a plan */
          if (c == CUE_FUTURE || c == CUE_NEGATION)
            break;
          talks = c == CUE_MEET || c == CUE_VISIT || c == CUE_SIGN || c == CUE_PACT ||
                  c == CUE_NEGOTIATION || c == CUE_SIDELINES;
        }
      if (!talks)
        continue;
      for (guint k = first; k < a->first && !before; k++)
        {
          Cue c = cue_at (ctx, k);

          /* the journey that brought the traveller here is no talks */
          before = (c == CUE_MEET || c == CUE_SIGN || c == CUE_PACT || c == CUE_NEGOTIATION ||
                    c == CUE_SIDELINES || c == CUE_PHONE ||
                    (c == CUE_VISIT && !tok_is_one_of (ctx, k, journey_verbs, G_N_ELEMENTS (journey_verbs))));
        }
      if (before)
        continue;
      for (guint k = w + 1; k < clause_end; k++)
        {
          const Mention *m = mention_starting_at (ctx, k);

          if (m == NULL || !(tok_is (ctx, k - 1, "in") || tok_is (ctx, k - 1, "at")))
            continue;
          if (m->entry->kind == CH_GAZ_CITY && inner == NULL)
            inner = m;
          else if (m->entry->kind == CH_GAZ_VENUE && inner_venue == NULL)
            inner_venue = m;
        }
      if (inner == NULL && a->entry->kind == CH_GAZ_CITY)
        inner = a;
      if (inner_venue == NULL && a->entry->kind == CH_GAZ_VENUE)
        inner_venue = a;
      if (inner_venue != NULL)
        {
          si->venue = inner_venue->entry->name;
          si->venue_city = inner_venue->entry->extra;
          si->venue_country = inner_venue->entry->code;
        }
      if (inner != NULL)
        {
          si->city = inner->entry->name;
          si->city_country = inner->entry->code;
          si->city_score = 5;
        }
      else if (inner_venue != NULL || a->entry->kind == CH_GAZ_COUNTRY)
        {
          const char *code = inner_venue != NULL ? inner_venue->entry->code : a->entry->code;

          if (g_strcmp0 (si->city_country, code) != 0)
            {
              si->city = NULL;
              si->city_country = NULL;
              si->city_score = 0;
            }
          si->in_country = code;
          si->in_country_token = a->first;
        }
      return;
    }
}


/* "a month after the two countries agreed at the White House", "two
 * years after talks in Geneva": a place told in a clause of time that
 * counts from another occasion is that occasion's */
static gboolean
in_clause_of_earlier_time (Ctx   *ctx,
                           guint  first,
                           guint  last,
                           guint  i)
{
  static const char *const units[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
  };

  for (guint k = i; k > first + 1 && k + 12 > i; k--)
    {
      if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
        return FALSE;
      if ((tok_is (ctx, k - 1, "after") || tok_is (ctx, k - 1, "since")) &&
          tok_is_one_of (ctx, k - 2, units, G_N_ELEMENTS (units)))
        {
          /* "months after the accords were signed at the White House":
           * the clause tells an event of its own, which the sentence may
           * be reporting */
          for (guint j = k; j < last && !tok_is_char (ctx, j, ','); j++)
            {
              Cue c = cue_at (ctx, j);

              if (c == CUE_MEET || c == CUE_VISIT || c == CUE_SIGN || c == CUE_PACT ||
                  c == CUE_NEGOTIATION || c == CUE_PHONE || c == CUE_SIDELINES)
                return FALSE;
            }
          return TRUE;
        }
    }
  return FALSE;
}

static const char *const subject_nouns[] = {
  "war", "conflict", "crisis", "situation", "fighting", "violence", "invasion", "peace",
  "settlement", "ceasefire", "elections", "election", "unrest", "instability", "security",
  "developments", "operations", "presence", "troops", "investment", "investments", "projects",
};

static const char *const time_units[] = {
  "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
};

/* Nouns of a built site or a project, as in "the port at X" */
static const char *const site_nouns[] = {
  "port", "plant", "plants", "site", "construction", "terminal", "refinery", "factory", "mine",
  "dam", "reactor", "reactors", "facility", "shipyard", "pipeline", "railway", "bridge", "zone",
  "field", "fields", "project",
};

/* Whether token @i lies in an aside after a person named as the subject
 * ("Hasina, who arrived in Tokyo on Tuesday, had last received …") and a
 * clause of its own follows the aside in the sentence; sets @close to
 * the comma that ends the aside */
static gboolean
in_who_aside (Ctx   *ctx,
              guint  first,
              guint  last,
              guint  i,
              guint *close)
{
  guint open = G_MAXUINT;

  for (guint k = i; k > first + 1 && k + 24 > i; k--)
    {
      if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
        {
          if (tok_is (ctx, k, "who") && person_ends_at (ctx, k - 2))
            open = k;
          break;
        }
    }
  if (open == G_MAXUINT)
    return FALSE;
  /* the person opens the sentence: its subject */
  {
    guint start = open - 1;

    for (guint q = first_pmention_from (ctx, first); q < ctx->pmentions->len; q++)
      {
        const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, q);

        if (pm->first + pm->n == open - 1)
          start = MIN (start, pm->first);
        if (pm->first >= open)
          break;
      }
    if (start > first + 3)
      return FALSE;
  }
  for (guint k = i; k + 2 < last; k++)
    if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
      {
        /* "…, where prisoners were killed in 1991": another aside */
        if (tok_is (ctx, k + 1, "where") || tok_is (ctx, k + 1, "which") ||
            tok_is (ctx, k + 1, "when") || tok_is (ctx, k + 1, "who"))
          return FALSE;
        *close = k;
        return TRUE;
      }
  return FALSE;
}

/* Whether a date of the sentence [@first, @last) starts after @from */
static gboolean
date_after (Ctx   *ctx,
            guint  from,
            guint  last)
{
  for (guint d = first_date_from (ctx, from); d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

      if (m->first_token >= last)
        break;
      if (m->first_token > from)
        return TRUE;
    }
  return FALSE;
}

/* Whether token @i lies in an aside after the sentence's subject (see
 * in_who_aside()) and the clause after the aside has a date of its own:
 * what the aside tells, its place or its date, is the subject's now, not
 * the clause's */
static gboolean
in_aside_before_dated_clause (Ctx   *ctx,
                              guint  first,
                              guint  last,
                              guint  i)
{
  guint close;

  return in_who_aside (ctx, first, last, i, &close) && date_after (ctx, close, last);
}

static void
analyse_sentence (Ctx      *ctx,
                  guint     s,
                  SentInfo *si)
{
  Sentence *se = sentence (ctx, s);
  guint first = se->first;
  guint last = se->last;
  gboolean meet_plain = FALSE;

  memset (si, 0, sizeof *si);
  si->ctx = ctx;
  si->persons = ctx->n_spare_persons > 0 ? ctx->spare_persons[--ctx->n_spare_persons]
                                         : g_array_new (FALSE, FALSE, sizeof (guint));
  si->sides = ctx->n_spare_sides > 0 ? ctx->spare_sides[--ctx->n_spare_sides] : g_ptr_array_new ();
  si->cue_token = G_MAXUINT;
  si->first_discuss = G_MAXUINT;
  si->ret_first = si->ret_last = G_MAXUINT;
  si->relative_pact = G_MAXUINT;

  if (ctx->dateline_last > first && ctx->dateline_first >= first)
    first = MAX (first, ctx->dateline_last);
  find_return_clause (ctx, first, last, &si->ret_first, &si->ret_last);

  for (guint i = next_marked (ctx, first, last, MARK_ANALYSE); i < last;
       i = next_marked (ctx, i + 1, last, MARK_ANALYSE))
    {
      Cue c = cue_at (ctx, i);
      gboolean event_cue = FALSE;

      /* most tokens: no cue, no verb of spoke_together(), no "at" or
       * "during", no mention: nothing below applies to them */
      if (c == CUE_NONE && !tok_has_class (ctx, i, WORD_SPOKE | WORD_AT_DURING) && ctx->mention_at[i] < 0)
        continue;

      /* "agreed to meet again", "came to Washington to sign a further
       * agreement": an infinitive tells a plan or a purpose, not what
       * happened */
      if (i > first && tok_is (ctx, i - 1, "to") &&
          (tok_is (ctx, i, "sign") || tok_is (ctx, i, "meet") || tok_is (ctx, i, "hold") ||
           tok_is (ctx, i, "visit") || tok_is (ctx, i, "conclude") || tok_is (ctx, i, "initial") ||
           tok_is (ctx, i, "ratify") || tok_is (ctx, i, "phone")))
        {
          /* …unless the journey is told done: "flew to Cartagena in
           * August 2000 to meet President X" reports the visit */
          if (tok_is (ctx, i, "visit") && first_to_do (ctx, first, i - 1))
            ;
          else if (!tok_is (ctx, i, "meet") || !travelled_to_meet (ctx, first, i))
            {
              continue;
            }
          else
            c = CUE_VISIT;
        }
      /* "accepted an invitation to make a state visit", "to pay an
       * official visit": the same plan with a light verb */
      if ((c == CUE_VISIT || c == CUE_MEET || c == CUE_NEGOTIATION) && infinitive_light_verb (ctx, first, i))
        continue;

      /* "are scheduled to visit Vietnam later this year, the first visit
       * to the country by …": a sentence that opens with a plan tells a
       * plan */
      if (c == CUE_FUTURE && si->cue_token == G_MAXUINT && i + ctx->cue_len[i] < last &&
          tok_is (ctx, i + ctx->cue_len[i] - 1, "to") &&
          (tok_is (ctx, i + ctx->cue_len[i], "visit") || tok_is (ctx, i + ctx->cue_len[i], "meet") ||
           tok_is (ctx, i + ctx->cue_len[i], "sign") || tok_is (ctx, i + ctx->cue_len[i], "travel")))
        si->future = TRUE;

      if (c == CUE_NONE && tok_is_spoke (ctx, i) && spoke_together (ctx, first, last, i))
        {
          si->meet = si->spoke = event_cue = TRUE;
          meet_plain = TRUE;
        }

      switch (c)
        {
        case CUE_MEET:
          /* "called on Russia to support …" exhorts, it does not visit */
          if (tok_is (ctx, i, "called") || tok_is (ctx, i, "calls"))
            {
              gboolean exhorts = FALSE;

              for (guint k = i + 2; k < last && k < i + 7; k++)
                if (tok_is (ctx, k, "to"))
                  exhorts = TRUE;
              if (exhorts)
                break;
            }
          /* "meet its security needs", "meeting the targets": to
           * satisfy, not to meet someone */
          if (tok_is (ctx, i, "meet") || tok_is (ctx, i, "meets") || tok_is (ctx, i, "meeting"))
            {
              static const char *const objects[] = {
                "needs", "need", "demand", "demands", "requirements", "requirement", "targets",
                "target", "expectations", "goals", "goal", "deadline", "deadlines", "criteria",
                "standards", "obligations", "challenge", "challenges", "conditions", "costs",
                "commitments", "threshold", "quota", "quotas", "benchmarks", "payments",
              };
              gboolean satisfies = FALSE;

              for (guint k = i + 1; k < last && k < i + 5 && !satisfies; k++)
                satisfies = tok_is_one_of (ctx, k, objects, G_N_ELEMENTS (objects));
              if (satisfies)
                break;
            }
          /* "excluded from ASEAN meetings": meetings in general */
          if (tok_is (ctx, i, "meetings") && i > first)
            {
              guint k = i;

              while (k > first && (tok (ctx, k - 1)->flags & CH_TOKEN_UPPER) &&
                     !tok_is_char (ctx, k - 1, ',') && k + 4 > i)
                k--;
              if (k > first && (tok_is (ctx, k - 1, "at") || tok_is (ctx, k - 1, "from") ||
                                tok_is (ctx, k - 1, "to") || tok_is (ctx, k - 1, "in") ||
                                tok_is (ctx, k - 1, "of") || tok_is (ctx, k - 1, "for")))
                break;
            }
          si->meet = event_cue = TRUE;
          /* "signed … during the meeting of the council", "after the
           * talks, they signed", "at the end of the meeting, they adopted":
           * the meeting is the signing's occasion */
          {
            gboolean occasion = FALSE;

            for (guint k = i > first + 6 ? i - 6 : first; k < i; k++)
              if (tok_is (ctx, k, "during") || tok_is (ctx, k, "at") || tok_is (ctx, k, "after") ||
                  tok_is (ctx, k, "following"))
                occasion = TRUE;
            /* "signed … on the sidelines of the Pacific Islands Forum
             * leaders' meeting": the meeting is where the signing was */
            for (guint k = i > first + 10 ? i - 10 : first; k < i; k++)
              if (tok_is (ctx, k, "sidelines"))
                occasion = TRUE;
            if (!occasion)
              meet_plain = TRUE;
          }
          break;
        case CUE_VISIT:
          /* "received the Iranian minister", not "received the news",
           * "received gas in return" */
          if ((tok_is (ctx, i, "received") || tok_is (ctx, i, "greeted")) &&
              !receives_someone (ctx, i + 1, last))
            break;
          /* "talks hosted by China": the host of someone else's talks,
           * no one's visit */
          if ((tok_is (ctx, i, "hosted") || tok_is (ctx, i, "hosting")) && tok_is (ctx, i + 1, "by"))
            break;
          /* "went to Vukovar", "came to Ulaanbaatar": a journey to a
           * place, not "came to power" or "went to the polls" */
          if ((tok_is (ctx, i, "went") || tok_is (ctx, i, "came") || tok_is (ctx, i, "flew")) &&
              !place_starts_at (ctx, i + 2))
            break;
          if ((tok_is (ctx, i, "attended") || tok_is (ctx, i, "attending")) &&
              !attends_a_ceremony (ctx, i, last))
            break;
          si->visit = event_cue = TRUE;
          break;
        case CUE_SIDELINES:
          si->sidelines = event_cue = TRUE;
          if (si->occasion == NULL && tok_is (ctx, i + ctx->cue_len[i] - 1, "of"))
            si->occasion = read_occasion (ctx, i + ctx->cue_len[i], last);
          break;
        case CUE_PHONE:
          /* "called Sharif", "calling him": not "called for", "so-called" */
          if ((tok_is (ctx, i, "called") || tok_is (ctx, i, "calling")) &&
              !(person_starts_at (ctx, i + 1) ||
                tok_is (ctx, i + 1, "him") || tok_is (ctx, i + 1, "her") ||
                tok_is (ctx, i + 1, "his") || tok_is (ctx, i + 1, "their")))
            break;
          /* "resume flights and telephone links": the service, not a call */
          if (tok_is (ctx, i, "telephone") || tok_is (ctx, i, "phone"))
            {
              static const char *const services[] = {
                "links", "link", "lines", "line", "services", "service", "networks",
                "network", "connections", "communications", "operators", "companies",
                "numbers", "records", "tapping",
              };
              gboolean service = tok_is_one_of (ctx, i + 1, services, G_N_ELEMENTS (services));
              if (service)
                break;
              /* "had tapped the phone of the president": surveillance */
              for (guint k = i; k > first && k + 3 > i && !service; k--)
                service = tok_is (ctx, k - 1, "tapped") || tok_is (ctx, k - 1, "tapping") ||
                          tok_is (ctx, k - 1, "bugged") || tok_is (ctx, k - 1, "hacked");
              if (service)
                break;
            }
          si->phone = event_cue = TRUE;
          if (si->phone_token == 0)
            si->phone_token = i;
          break;
        case CUE_SIGN:
          if (pact_of_a_past_year_before (ctx, first, i))
            break;
          /* "the clearest sign yet of a thaw", "a sign that ties have
           * improved": the noun, not the verb */
          if (tok_is (ctx, i, "sign") && i > first &&
              (tok_is (ctx, i - 1, "a") || tok_is (ctx, i - 1, "an") || tok_is (ctx, i - 1, "the") ||
               tok_is (ctx, i - 1, "another") || word_ends_with (ctx, i - 1, "est") ||
               tok_is (ctx, i + 1, "of") || tok_is (ctx, i + 1, "yet")))
            break;
          si->sign = TRUE;
          if (si->sign_token == 0)
            si->sign_token = i;
          event_cue = si->pact;
          break;
        case CUE_PACT:
          /* "signed 36 cooperation documents", "the signing of several
           * documents": a document is a pact only as the object of a
           * signing, not "documents seen by reporters" */
          if ((tok_is (ctx, i, "document") || tok_is (ctx, i, "documents")) &&
              (si->sign_token == 0 || si->sign_token > i || i - si->sign_token > 5))
            break;
          si->pact = TRUE;
          event_cue = si->sign;
          break;
        case CUE_NEGOTIATION:
          /* "a negotiated settlement", "a peaceful negotiated solution"
           * describe an outcome, not a round */
          if (tok_is (ctx, i, "negotiated") && i > first &&
              (tok_is (ctx, i - 1, "a") || tok_is (ctx, i - 1, "the") || tok_is (ctx, i - 1, "an") ||
               tok_is_one_of (ctx, i + 1, outcome_nouns, G_N_ELEMENTS (outcome_nouns))))
            break;
          /* "negotiations stalled when relations soured", "talks on a
           * trade pact, which stalled in 2015": the story of a process
           * that came to nothing, no round of talks */
          if (negotiations_stalled (ctx, i, last))
            break;
          si->nego = event_cue = TRUE;
          break;
        case CUE_TWO:
          si->two = TRUE;
          break;
        case CUE_OCCASION:
          /* "held an informal summit in Wuhan", "hold their summit": the
           * leaders' own summit is their talks ("agreed to hold a summit"
           * plans one; "at the summit" is only an occasion) */
          if (tok_is (ctx, i, "summit") || tok_is (ctx, i, "summits"))
            {
              for (guint k = i > first + 4 ? i - 4 : first; k < i; k++)
                {
                  if (tok (ctx, k)->flags & CH_TOKEN_PUNCT)
                    break;
                  if ((tok_is (ctx, k, "held") || tok_is (ctx, k, "hold") || tok_is (ctx, k, "holds") ||
                       tok_is (ctx, k, "holding")) &&
                      !(k > first && tok_is (ctx, k - 1, "to")))
                    {
                      si->meet = event_cue = TRUE;
                      /* "held a virtual summit": by video link */
                      if (tok_is (ctx, i - 1, "virtual") || tok_is (ctx, i - 1, "video"))
                        {
                          si->phone = TRUE;
                          if (si->phone_token == 0)
                            si->phone_token = i;
                        }
                      break;
                    }
                }
            }
          break;
        case CUE_DISCUSS:
          /* "welcomed Xi at a ceremony", "welcomed her guest with military
           * honours": a reception, not words of welcome for a decision */
          if (tok_is (ctx, i, "welcomed") && receives_someone (ctx, i + 1, last))
            {
              gboolean ceremony = FALSE;

              for (guint k = i + 2; k < last && k < i + 14 && !ceremony; k++)
                ceremony = tok_is (ctx, k, "ceremony") || tok_is (ctx, k, "honours") ||
                           tok_is (ctx, k, "honors") || tok_is (ctx, k, "honour") ||
                           tok_is (ctx, k, "honor");
              if (ceremony)
                {
                  si->visit = event_cue = TRUE;
                  break;
                }
            }
          /* "a dish he is said to have enjoyed": hearsay, not a statement */
          if (tok_is (ctx, i, "said") && i > first &&
              (tok_is (ctx, i - 1, "is") || tok_is (ctx, i - 1, "was") ||
               tok_is (ctx, i - 1, "are") || tok_is (ctx, i - 1, "were")))
            break;
          si->discuss = TRUE;
          if (si->first_discuss == G_MAXUINT)
            si->first_discuss = i;
          break;
        case CUE_NONE:
        case CUE_FUTURE:
        case CUE_FUTURE_ADJ:
        case CUE_NEGATION:
        case CUE_HONORIFIC:
        case CUE_TITLE:
        case CUE_AGENCY:
        case CUE_FURNITURE:
        case CUE_BACKGROUND:
        case CUE_BACKGROUND_START:
        case CUE_SIDE:
        case CUE_STOP:
        case CUE_ORGWORD:
        case CUE_PARTICLE:
        case CUE_PRONOUN:
        case CUE_EXCLUDE:
        case CUE_INVITE:
        default:
          break;
        }
      /* "A meeting between the ministers is expected to follow": the
       * talks are the subject of a plan */
      if (event_cue && noun_with_future (ctx, first, last, i))
        {
          if (si->cue_token == G_MAXUINT)
            si->future = TRUE;
          event_cue = FALSE;
        }
      if (event_cue)
        {
          /* "had a call on Wednesday and agreed that their teams would
           * start negotiations": a plan told after the reported event
           * does not make the sentence a plan */
          if (is_future_before (ctx, first, i) ||
              ((c == CUE_SIGN || c == CUE_PACT) && signing_planned (ctx, first, last, si->sign_token, i)))
            {
              if (si->cue_token == G_MAXUINT)
                si->future = TRUE;
            }
          else
            {
              if (c == CUE_SIGN || c == CUE_PACT)
                si->signed_now = TRUE;
              if (si->cue_token == G_MAXUINT)
                {
                  si->cue_token = i;
                  si->relative_pact = signing_in_relative (ctx, first, i);
                }
              si->last_cue_token = i;
            }
        }

      /* "at the 15th BRICS Summit", "during the G20 summit" */
      if (tok_has_class (ctx, i, WORD_AT_DURING) && tok_is (ctx, i + 1, "the") &&
          si->occasion == NULL)
        {
          guint k = i + 2;
          gboolean capital = FALSE;

          while (k < last && k - i < 10 && !tok_is_char (ctx, k, ',') && !tok_is_char (ctx, k, '.'))
            {
              if (cue_at (ctx, k) == CUE_OCCASION && (capital || (tok (ctx, k)->flags & CH_TOKEN_UPPER)))
                {
                  si->occasion = read_occasion (ctx, i + 2, last);
                  break;
                }
              if ((tok (ctx, k)->flags & (CH_TOKEN_UPPER | CH_TOKEN_DIGIT)) || mention_starting_at (ctx, k))
                capital = TRUE;
              else if (!tok_is (ctx, k, "of") && !tok_is (ctx, k, "the") && !tok_is_char (ctx, k, '-'))
                break;
              k++;
            }
        }

      /* places */
      {
        const Mention *m = mention_starting_at (ctx, i);

        if (m == NULL)
          continue;
        /* "Cairo News Agency" names an agency, not a place */
        if ((i >= ctx->agency_first && i < ctx->agency_last) || cue_at (ctx, i + m->n) == CUE_AGENCY)
          continue;
        if ((m->entry->kind == CH_GAZ_CITY || m->entry->kind == CH_GAZ_VENUE) && in_attribution (ctx, first, i))
          continue;
        /* "in Nagato, in Yamaguchi Prefecture", "the Murmansk region": a
         * province that bears its city's name is no city */
        if (m->entry->kind == CH_GAZ_CITY && i + m->n < last &&
            tok_is_one_of (ctx, i + m->n, region_nouns, G_N_ELEMENTS (region_nouns)))
          continue;
        /* "returned from Beijing after a state visit": the visit's city;
         * "returned to Mexico", "flew home to Paris": the traveller's own */
        if (m->entry->kind == CH_GAZ_CITY && si->ret_first != G_MAXUINT &&
            i > si->ret_first && i < si->ret_last && i <= si->ret_first + 3 &&
            (tok_is (ctx, i - 1, "from") || tok_is (ctx, i - 1, "to")))
          {
            if (tok_is (ctx, i - 1, "from") && si->city_score < 3)
              {
                si->city = m->entry->name;
                si->city_country = m->entry->code;
                si->city_score = 3;
              }
            continue;
          }
        /* "signed a memorandum with Beijing": the capital stands for
         * its government, a side and no place */
        if (m->entry->kind == CH_GAZ_CITY && i > first && tok_is (ctx, i - 1, "with"))
          {
            const ChGazEntry *capital = g_hash_table_lookup (ctx->self->capitals, m->entry->code);

            if (capital != NULL && g_strcmp0 (capital->name, m->entry->name) == 0)
              {
                ptr_add_unique (si->sides, (gpointer) m->entry->code);
                continue;
              }
          }
        if (m->entry->kind == CH_GAZ_CITY &&
            !(i > 0 && (tok_is (ctx, i - 1, "from") || (tok (ctx, i + m->n < ctx->n ? i + m->n : i)->flags & CH_TOKEN_POSSESSIVE))) &&
            /* "Cairo and Riyadh are …" names sides; "met him in Islamabad
             * and spent a night …", "visited Sydney and held talks" go on
             * with what was done there */
            !(i + m->n < last && ((tok_is (ctx, i + m->n, "and") &&
                                   !(i > 0 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "at") ||
                                               tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "visited")) &&
                                     i + m->n + 1 < last &&
                                     g_ascii_islower (ctx->text[tok (ctx, i + m->n + 1)->start]))) ||
                                  tok_is (ctx, i + m->n, "are") ||
                                  tok_is (ctx, i + m->n, "is") || tok_is (ctx, i + m->n, "has") ||
                                  tok_is (ctx, i + m->n, "have") || tok_is_dash (ctx, i + m->n))))
          {
            /* "held in Tashkent", "a visit to Moscow", "talks in Doha" say
             * where; a city named in passing says less */
            guint score = 1;

            if (i > 0 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "at") ||
                          tok_is (ctx, i - 1, "to")))
              score = 3;
            /* "spoke from their offices in Dhaka and Thimphu": two
             * places, neither of them the one where it happened */
            if (i > 1 && tok_is (ctx, i - 1, "and") && mention_at (ctx, i - 2) != NULL &&
                mention_at (ctx, i - 2)->entry->kind == CH_GAZ_CITY)
              score = 0;
            /* "at the border village of Panmunjom", "in the resort town of
             * Sochi": the place noun stands between the preposition and
             * the name */
            if (i > 1 && tok_is (ctx, i - 1, "of") &&
                (tok_is (ctx, i - 2, "village") || tok_is (ctx, i - 2, "town") ||
                 tok_is (ctx, i - 2, "city") || tok_is (ctx, i - 2, "resort") ||
                 tok_is (ctx, i - 2, "port")))
              {
                for (guint k = i - 2; k > first && k + 8 > i; k--)
                  if (tok_is (ctx, k - 1, "in") || tok_is (ctx, k - 1, "at") || tok_is (ctx, k - 1, "to") ||
                      tok_is (ctx, k - 1, "near"))
                    {
                      score = 3;
                      break;
                    }
              }
            /* "the war in Gaza", "the situation in Aleppo": a subject
             * of the talks, not where they were held */
            if (i > 1 && tok_is (ctx, i - 1, "in") &&
                tok_is_one_of (ctx, i - 2, subject_nouns, G_N_ELEMENTS (subject_nouns)))
              score = 0;
            /* "the deep-sea port under construction at Matarbari", "the
             * nuclear plant in Bataan": the site of a project the talks
             * were about, not where they were held */
            if (i > 1 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "at") || tok_is (ctx, i - 1, "near")) &&
                tok_is_one_of (ctx, i - 2, site_nouns, G_N_ELEMENTS (site_nouns)))
              score = MIN (score, 1);
            if (i > 1 && tok_is (ctx, i - 1, "in") &&
                (tok_is (ctx, i - 2, "held") || tok_is (ctx, i - 2, "met") ||
                 tok_is (ctx, i - 2, "talks") || tok_is (ctx, i - 2, "meeting") ||
                 tok_is (ctx, i - 2, "arrived") || tok_is (ctx, i - 2, "place")))
              score = 4;
            if (i > 1 && tok_is (ctx, i - 1, "to") &&
                (tok_is (ctx, i - 2, "visit") || tok_is (ctx, i - 2, "trip") ||
                 tok_is (ctx, i - 2, "travelled") || tok_is (ctx, i - 2, "traveled")))
              score = 4;
            /* "visited Brasilia", "led a delegation to Addis Ababa",
             * "flew to Tunis": the place the journey's word makes its
             * destination */
            if (i > first && tok_is (ctx, i - 1, "visited"))
              score = 4;
            for (guint k = i > first + 5 ? i - 5 : first; k + 1 < i && score < 4; k++)
              if (cue_at (ctx, k) == CUE_VISIT && k + ctx->cue_len[k] == i && tok_is (ctx, i - 1, "to"))
                score = 4;
            /* "prices higher from Cairo to Colombo": a span of places,
             * not a destination, unless someone went from one to the
             * other ("flew from Lima to Quito") */
            if (i > 2 && tok_is (ctx, i - 1, "to"))
              {
                const Mention *from = NULL;

                for (guint k = i - 2; k > first && k + 6 > i && from == NULL; k--)
                  if (tok_is (ctx, k - 1, "from") && mention_starting_at (ctx, k) != NULL &&
                      k + mention_starting_at (ctx, k)->n == i - 1)
                    from = mention_starting_at (ctx, k);
                if (from != NULL)
                  {
                    static const char *const moves[] = {
                      "flew", "travelled", "traveled", "went", "came", "drove", "sailed",
                      "headed", "journey", "trip", "flight", "moved", "arrived", "returned",
                    };
                    gboolean moved = FALSE;
                    guint from_tok = i - 2 - (from->n - 1) - 1;

                    for (guint k = from_tok > first + 8 ? from_tok - 8 : first; k < from_tok && !moved; k++)
                      moved = tok_is_one_of (ctx, k, moves, G_N_ELEMENTS (moves));
                    if (!moved)
                      score = 1;
                  }
              }
            /* "In Taipei, the opposition said the meeting …": where a
             * reaction came from, not where the meeting was */
            if (i == first + 1 && tok_is (ctx, first, "in") && tok_is_char (ctx, i + m->n, ','))
              for (guint k = i + m->n + 1; k < last; k++)
                if (discuss_is_hearsay (ctx, k) || tok_is (ctx, k, "told") || tok_is (ctx, k, "warned"))
                  {
                    score = 1;
                    break;
                  }
            /* "talked about the G20 meeting in Seoul later this month",
             * "the next round in Geneva": the place of a coming occasion,
             * not of the one reported */
            if (score >= 3 && i + m->n + 1 < last &&
                (tok_is (ctx, i + m->n, "later") || tok_is (ctx, i + m->n, "next")))
              score = 0;
            for (guint k = i - 1; score >= 3 && k > first && k + 6 > i && !tok_is_char (ctx, k, ','); k--)
              if (tok_is (ctx, k, "next") || tok_is (ctx, k, "upcoming") || tok_is (ctx, k, "forthcoming"))
                score = 0;
            /* "X, who arrived in Tokyo on Tuesday, had received Y in
             * Dhaka in 2014": the aside's place is the subject's now */
            if (score > 1 && in_aside_before_dated_clause (ctx, first, last, i))
              score = 1;
            /* "days before a summit of the Group of Seven in Biarritz":
             * the place of what happened at another time */
            for (guint k = i; score > 1 && k > first + 1 && k + 12 > i; k--)
              {
                if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
                  break;
                if ((tok_is (ctx, k - 1, "before") || tok_is (ctx, k - 1, "after")) &&
                    tok_is_one_of (ctx, k - 2, time_units, G_N_ELEMENTS (time_units)))
                  {
                    /* "a day after X travelled to Moscow": the clause
                     * tells a journey, which may be the one reported */
                    gboolean told = FALSE;

                    for (guint j = k; j < i && !told; j++)
                      told = cue_at (ctx, j) == CUE_VISIT || cue_at (ctx, j) == CUE_MEET ||
                             cue_at (ctx, j) == CUE_PHONE || cue_at (ctx, j) == CUE_SIGN;
                    if (!told)
                      score = 1;
                  }
              }
            if (score > si->city_score)
              {
                si->city = m->entry->name;
                si->city_country = m->entry->code;
                si->city_score = score;
              }
          }
        else if (m->entry->kind == CH_GAZ_COUNTRY && (m->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
                 tok_is (ctx, i + m->n, "capital") && i > 0 && tok_is (ctx, i - 1, "the"))
          {
            /* "landed in the Eritrean capital" */
            const ChGazEntry *capital = g_hash_table_lookup (ctx->self->capitals, m->entry->code);
            guint score = i > 1 && (tok_is (ctx, i - 2, "in") || tok_is (ctx, i - 2, "to")) ? 3 : 2;

            if (capital != NULL && score > si->city_score)
              {
                si->city = capital->name;
                si->city_country = capital->code;
                si->city_score = score;
              }
          }
        else if (m->entry->kind == CH_GAZ_VENUE && si->venue == NULL && venue_is_place (ctx, i) &&
                 !in_clause_of_earlier_time (ctx, first, last, i))
          {
            si->venue = m->entry->name;
            si->venue_city = m->entry->extra;
            si->venue_country = m->entry->code;
          }
        else if (m->entry->kind == CH_GAZ_COUNTRY && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
                 i > 0 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "at") ||
                           (i > 1 && tok_is (ctx, i - 1, "the") &&
                            (tok_is (ctx, i - 2, "in") || tok_is (ctx, i - 2, "at")))) &&
                 g_hash_table_lookup (ctx->self->capitals, m->entry->code) != NULL &&
                 (g_strcmp0 (((const ChGazEntry *) g_hash_table_lookup (ctx->self->capitals, m->entry->code))->name,
                             m->entry->name) == 0 ||
                  /* the Holy See's city bears a longer name than its state */
                  strcmp (m->entry->code, "VA") == 0) &&
                 si->city_score < 3)
          {
            /* a city-state: "a summit in Singapore", "met the pope at the
             * Vatican" */
            si->city = ((const ChGazEntry *) g_hash_table_lookup (ctx->self->capitals, m->entry->code))->name;
            si->city_country = m->entry->code;
            si->city_score = 3;
            if (si->in_country == NULL)
              si->in_country = m->entry->code;
          }
        else if (m->entry->kind == CH_GAZ_COUNTRY && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
                 i > 0 && tok_is (ctx, i - 1, "in") && si->in_country == NULL &&
                 !(i + m->n < ctx->n && (tok (ctx, i + m->n)->flags & CH_TOKEN_POSSESSIVE)) &&
                 /* "the war in Ukraine", "the situation in Syria": a
                  * subject of the talks, not where they were held */
                 !(i > 1 && tok_is_one_of (ctx, i - 2, subject_nouns, G_N_ELEMENTS (subject_nouns))))
          {
            si->in_country = m->entry->code;
            si->in_country_token = i;
          }
      }
    }

  where_clause_place (ctx, first, last, si);
  /* "the last talks took place in the same city in March 2022"; the
   * pass goes from one "the" of the sentence to the next */
  for (guint t = last > first + 4 ? next_of_class_before (ctx, first + 2, last - 2, WORD_THE) : last, i = t + 1;
       t + 2 < last && !si->same_place;
       t = next_of_class_before (ctx, t + 1, last - 2, WORD_THE), i = t + 1)
    if (tok_is (ctx, i, "same") && tok_is (ctx, i - 1, "the") &&
        (tok_is (ctx, i - 2, "in") || tok_is (ctx, i - 2, "at")) &&
        (tok_is (ctx, i + 1, "city") || tok_is (ctx, i + 1, "town") || tok_is (ctx, i + 1, "place") ||
         tok_is (ctx, i + 1, "venue") || tok_is (ctx, i + 1, "capital") || tok_is (ctx, i + 1, "palace") ||
         tok_is (ctx, i + 1, "hotel") || tok_is (ctx, i + 1, "resort")))
      si->same_place = TRUE;

  if (si->cue_token == G_MAXUINT && !si->future)
    {
      Cue kind = CUE_NONE;
      guint noun = earlier_occasion (ctx, s, first, last, &kind);

      if (noun != G_MAXUINT)
        {
          si->cue_token = si->last_cue_token = noun;
          si->earlier = TRUE;
          si->meet = si->meet || kind == CUE_MEET;
          meet_plain = meet_plain || kind == CUE_MEET;
          si->nego = si->nego || kind == CUE_NEGOTIATION;
          si->visit = si->visit || kind == CUE_VISIT;
        }
    }

  si->only_reference = si->meet && !meet_plain && !si->visit && !si->phone && !si->sidelines &&
                       !si->nego && !(si->sign && si->pact);
  if (si->meet && !meet_plain && si->sign && si->pact)
    si->meet = FALSE;

  /* "in Uzbekistan" says where the meeting was only near its cue word;
   * "a settlement in Afghanistan" at the end of the sentence does not */
  if (si->in_country != NULL && si->in_country_token != 0 &&
      (si->cue_token == G_MAXUINT || si->in_country_token > si->last_cue_token + 12))
    si->in_country = NULL;

  /* sides: "Pakistan and Russia", "between X and Y", "Pakistan-Russia",
   * "his Russian counterpart", "the Russian side" */
  for (guint i = next_marked (ctx, first, last, MARK_COUNTRY); i < last;
       i = next_marked (ctx, i + 1, last, MARK_COUNTRY))
    {
      const Mention *m = mention_starting_at (ctx, i);
      guint after;

      if (!is_country_mention (m))
        continue;
      after = i + m->n;
      if (m->entry->flags & CH_GAZ_FLAG_DEMONYM)
        {
          if (cue_at (ctx, after) == CUE_SIDE)
            ptr_add_unique (si->sides, m->entry->code);
          continue;
        }
      if (i > 0 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "to") ||
                    tok_is (ctx, i - 1, "for")))
        continue;
      {
        gboolean coord = FALSE;
        const Mention *next = NULL;

        if (tok_is (ctx, after, "and") || tok_is_dash (ctx, after) || tok_is_char (ctx, after, ','))
          {
            next = mention_starting_at (ctx, after + 1);
            if (is_country_mention (next) && !(next->entry->flags & CH_GAZ_FLAG_DEMONYM))
              coord = TRUE;
          }
        if (i >= 2 && (tok_is (ctx, i - 1, "and") || tok_is_dash (ctx, i - 1) || tok_is_char (ctx, i - 1, ',')))
          {
            const Mention *prev = mention_at (ctx, i - 2);

            if (is_country_mention (prev) && !(prev->entry->flags & CH_GAZ_FLAG_DEMONYM))
              coord = TRUE;
          }
        /* "between Israel and Hamas": a pair of sides only when both
         * are countries */
        if (i > 0 && tok_is (ctx, i - 1, "between") && next != NULL && coord)
          coord = TRUE;
        /* "a tour that took him to Guatemala, El Salvador and Belize":
         * a list that began after "to" or "in" is of places, every item */
        if (coord)
          {
            guint head = i;

            while (head >= 2 && (tok_is (ctx, head - 1, "and") || tok_is_dash (ctx, head - 1) ||
                                 tok_is_char (ctx, head - 1, ',')) &&
                   is_country_mention (mention_at (ctx, head - 2)) &&
                   !(mention_at (ctx, head - 2)->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
                   mention_at (ctx, head - 2)->first >= first)
              head = mention_at (ctx, head - 2)->first;
            if (head > first && (tok_is (ctx, head - 1, "in") || tok_is (ctx, head - 1, "to") ||
                                 tok_is (ctx, head - 1, "for")))
              coord = FALSE;
          }
        if (coord)
          ptr_add_unique (si->sides, m->entry->code);
      }
    }

  /* the clause of the journey home matters only when the event is told
   * outside it ("returned to the talks on Monday after a pause" reports
   * the talks) */
  if (si->ret_first != G_MAXUINT &&
      !(si->cue_token != G_MAXUINT && (si->cue_token < si->ret_first || si->last_cue_token >= si->ret_last)))
    si->ret_first = si->ret_last = G_MAXUINT;
  si->date_open = si->ret_first != G_MAXUINT;

  /* dates; one that starts before the sentence changes nothing below */
  for (guint d = first_date_from (ctx, se->first); d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

      if (m->first_token >= si->ret_first && m->first_token < si->ret_last)
        continue;
      if (m->first_token >= first && m->first_token < last && si->cue_token != G_MAXUINT &&
          date_in_relative_clause (ctx, first, last, m->first_token, si->cue_token))
        continue;
      if (m->first_token >= first && m->first_token < last && date_of_a_happening (ctx, first, m))
        continue;
      /* "X, who arrived in Tokyo on Tuesday, had last received Y in
       * September 2014": the aside dates the subject's arrival; the
       * sentence's own clause has a date of its own */
      if (m->first_token >= first && m->first_token < last &&
          in_aside_before_dated_clause (ctx, first, last, m->first_token))
        continue;
      /* "talked about the G20 meeting in Seoul later this month", "the
       * summit next week": a date that looks ahead dates something still
       * to come, not what the sentence reports done */
      if (m->first_token >= first && m->first_token + 1 < last && !si->future &&
          ((tok_is (ctx, m->first_token, "later") && tok_is (ctx, m->first_token + 1, "this")) ||
           (tok_is (ctx, m->first_token, "next") &&
            (tok_is (ctx, m->first_token + 1, "week") || tok_is (ctx, m->first_token + 1, "month") ||
             tok_is (ctx, m->first_token + 1, "year")))))
        continue;

      /* the dateline's date is the report's own date: "KABUL, May 3 — …
       * on Tuesday" dates the event by "on Tuesday", resolved against it;
       * it dates the event only when the sentence gives no other date */
      if (m->first_token >= se->first && m->first_token < last)
        {
          gboolean in_dateline = m->first_token < first;
          gboolean current_in_dateline = si->date != NULL && si->date->first_token < first;

          if (si->date == NULL ||
              (current_in_dateline && !in_dateline) ||
              (current_in_dateline == in_dateline && si->date->day.year == 0 && m->day.year != 0))
            si->date = m;
        }
      if (m->first_token >= last)
        break;
    }

  /* "MEXICO CITY, July 9 - X returned on Thursday after a trip to …":
   * the dateline's date is the day of the report, not of the trip */
  if (si->date_open && si->date != NULL && si->date->first_token < first)
    si->date = NULL;

  /* two dates in one sentence ("launched in January 2022 and concluded
   * on 6 May, when they spoke by telephone"): the one nearest the cue
   * word dates the event, unless it is the dateline's */
  if (si->date != NULL && si->cue_token != G_MAXUINT)
    {
      guint cue = si->phone && si->phone_token != 0 ? si->phone_token : si->cue_token;
      guint best_dist = G_MAXUINT;
      const ChDateMatch *best = NULL;

      /* a date before @first is passed over */
      for (guint d = first_date_from (ctx, first); d < ctx->dates->len; d++)
        {
          const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);
          guint end = m->first_token + m->n_tokens;
          guint dist;

          if (m->first_token >= last)
            break;
          if (m->first_token < first || (m->day.year == 0 && si->date->day.year != 0) ||
              (m->first_token >= si->ret_first && m->first_token < si->ret_last))
            continue;
          if (in_aside_before_dated_clause (ctx, first, last, m->first_token))
            continue;
          dist = m->first_token > cue ? m->first_token - cue : end <= cue ? cue - end : 0;
          /* "flew home on Saturday after the two leaders met on Friday":
           * a date on the other side of "after" from the cue dates
           * another happening, however near it stands */
          {
            guint lo = MIN (end, cue);
            guint hi = MAX (m->first_token, cue);

            for (guint k = lo; k < hi; k++)
              if (tok_is (ctx, k, "after"))
                {
                  dist += 1000;
                  break;
                }
          }
          /* "on a state visit from 15 to 17 December": the end of a
           * span dates the whole stay, not its talks, when the sentence
           * gives a day of its own ("held talks today") */
          if (m->first_token >= first + 2 && ch_day_get_precision (&m->day) == CH_DATE_PRECISION_DAY &&
              (tok_is (ctx, m->first_token - 1, "to") || tok_is (ctx, m->first_token - 1, "until") ||
               tok_is_dash (ctx, m->first_token - 1)) &&
              (tok (ctx, m->first_token - 2)->flags & CH_TOKEN_DIGIT))
            dist += 500;
          /* "on 6 May this year" may read as two expressions: the day
           * and the year that anchors it are one date */
          if (d > 0)
            {
              const ChDateMatch *prev = &g_array_index (ctx->dates, ChDateMatch, d - 1);

              if (prev->first_token >= first && prev->first_token + prev->n_tokens + 1 >= m->first_token &&
                  ch_day_get_precision (&prev->day) > ch_day_get_precision (&m->day) && prev->day.year != 0)
                m = prev;
            }
          if (dist < best_dist)
            {
              best_dist = dist;
              best = m;
            }
        }
      if (best != NULL)
        si->date = best;

      /* "the first visit since Lee travelled to Kyoto in December 2011",
       * "his first state visit since 2009": the sentence tells of the
       * earlier event, dated after the last "since" */
      {
        guint since = G_MAXUINT;
        guint first_since = G_MAXUINT;
        gboolean first_word = FALSE;

        for (guint i = first; i < last; i++)
          {
            /* "his second trip to Africa since taking office in
             * December": any count of occasions since a date */
            if ((tok_is (ctx, i, "first") || tok_is (ctx, i, "second") || tok_is (ctx, i, "third") ||
                 tok_is (ctx, i, "fourth") || tok_is (ctx, i, "fifth")) && since == G_MAXUINT)
              first_word = TRUE;
            if (tok_is (ctx, i, "since") && first_word)
              {
                since = i;
                if (first_since == G_MAXUINT)
                  first_since = i;
              }
          }
        /* "spoke on Tuesday, their first call since they met in
         * November" dates its own event */
        for (guint d = since != G_MAXUINT ? first_date_from (ctx, first) : 0;
             d < ctx->dates->len && since != G_MAXUINT; d++)
          {
            const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

            if (m->first_token >= first_since)
              break;
            if (m->first_token >= first)
              since = G_MAXUINT;
          }
        /* "the first visit by an Egyptian head of state since 1990": the
         * earlier visitor is anyone of a kind, no one the report names,
         * and the bare year dates no event ("since Lee travelled to
         * Kyoto in 2011" names him) */
        if (since != G_MAXUINT)
          {
            gboolean anyone = FALSE;
            gboolean bare = FALSE;

            /* the dates are in order: only the first from @since on can
             * start at it or just after it */
            {
              guint d = first_date_from (ctx, since);

              bare = d < ctx->dates->len &&
                     (g_array_index (ctx->dates, ChDateMatch, d).first_token == since ||
                      g_array_index (ctx->dates, ChDateMatch, d).first_token == since + 1);
            }
            for (guint i = first; i + 1 < since && bare && !anyone; i++)
              anyone = tok_is (ctx, i, "by") && (tok_is (ctx, i + 1, "a") || tok_is (ctx, i + 1, "an"));
            if (anyone)
              {
                if (si->date != NULL && si->date->first_token >= since)
                  si->date = NULL;
                since = G_MAXUINT;
              }
          }
        if (since != G_MAXUINT)
          for (guint d = first_date_from (ctx, since); d < ctx->dates->len; d++)
            {
              const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

              if (m->first_token >= last)
                break;
              /* "their first talks since the invasion on Tuesday": a day
               * of the report's own week dates the talks, not what they
               * are the first since */
              if (m->first_token >= since && m->day.year != 0 &&
                  ch_day_get_precision (&m->day) == CH_DATE_PRECISION_DAY &&
                  day_within_days_before (&m->day, &ctx->doc_date, 7) &&
                  !date_is_past_marker (ctx, m))
                break;
              if (m->first_token >= since && m->day.year != 0)
                {
                  /* "since 2009", or a clause that tells of a meeting;
                   * not "since he took office in April" */
                  gboolean told = m->first_token <= since + 1;

                  for (guint k = since + 1; k < m->first_token && !told; k++)
                    if (cue_at (ctx, k) == CUE_MEET || cue_at (ctx, k) == CUE_VISIT ||
                        cue_at (ctx, k) == CUE_PHONE || cue_at (ctx, k) == CUE_SIGN ||
                        /* "since Indira Gandhi came in 1981" */
                        tok_is (ctx, k, "came") || tok_is (ctx, k, "went"))
                      told = TRUE;
                  if (told)
                    si->date = m;
                  /* "the first state visit since assuming office in
                   * September": the date of what it counts from */
                  else if (si->date == m)
                    si->date = NULL;
                  break;
                }
            }
      }
    }
}

/* "signed … by X", "the talks were opened by X": the agent of a signing
 * or of the talks takes part, unlike the "by" of "invited by", "a
 * statement by", "the summit, hosted by" */
/* Whether a person's name ends with the token @i */
static gboolean
person_ends_at (Ctx   *ctx,
                guint  i)
{
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->first + pm->n == i + 1)
        return TRUE;
    }
  return FALSE;
}

static gboolean
agent_takes_part (Ctx   *ctx,
           guint  first,
           guint  by)
{
  if (!tok_is (ctx, by, "by"))
    return FALSE;
  for (guint i = by > first + 15 ? by - 15 : first; i < by; i++)
    if (cue_at (ctx, i) == CUE_SIGN)
      return TRUE;
  /* "was received by X", "greeted with an embrace by X", "accompanied
   * by X": whoever received or went with the visitor was there */
  for (guint i = by > first + 4 ? by - 4 : first; i < by; i++)
    if (tok_is (ctx, i, "received") || tok_is (ctx, i, "greeted") || tok_is (ctx, i, "welcomed") ||
        tok_is (ctx, i, "accompanied") || tok_is (ctx, i, "joined") || tok_is (ctx, i, "met") ||
        tok_is (ctx, i, "escorted"))
      return TRUE;
  /* "the agreements were signed, watched by X", "at a ceremony attended
   * by X": whoever watched the signing was at it */
  if (by > first && (tok_is (ctx, by - 1, "watched") || tok_is (ctx, by - 1, "attended") ||
                     tok_is (ctx, by - 1, "witnessed") || tok_is (ctx, by - 1, "observed")))
    return TRUE;
  /* "the Cuban side was headed by X", "the delegation, led by X": whoever
   * led a side at the talks sat at the table; not "a coalition led by X" */
  if (by >= first + 2 && (tok_is (ctx, by - 1, "led") || tok_is (ctx, by - 1, "headed")) &&
      !tok_is (ctx, by - 2, "be"))
    for (guint i = by > first + 5 ? by - 5 : first; i < by - 1; i++)
      if (tok_is (ctx, i, "side") || tok_is (ctx, i, "delegation") || tok_is (ctx, i, "delegations") ||
          tok_is (ctx, i, "team") || tok_is (ctx, i, "negotiators"))
        return TRUE;
  /* "Felipe VI, who was hosted by X", "she was hosted by X": a person
   * hosted by X met X, unlike "the summit, hosted by X" */
  if (by >= first + 3 && tok_is (ctx, by - 1, "hosted") &&
      (tok_is (ctx, by - 2, "was") || tok_is (ctx, by - 2, "were")) &&
      (tok_is (ctx, by - 3, "who") || tok_is (ctx, by - 3, "he") || tok_is (ctx, by - 3, "she") ||
       tok_is (ctx, by - 3, "He") || tok_is (ctx, by - 3, "She") ||
       person_ends_at (ctx, by - 3)))
    return TRUE;
  /* "in a ceremony hosted by X", "talks hosted by X", "the ceremony, which
   * was hosted by X": the host of the occasion itself was at the table;
   * not the host of a summit on whose sidelines two others met */
  if (by >= first + 2 && tok_is (ctx, by - 1, "hosted"))
    {
      static const char *const occasions[] = {
        "ceremony", "talks", "dinner", "meeting", "signing", "reception", "banquet", "lunch",
        "luncheon", "negotiations", "round",
      };
      guint noun = by - 2;

      while (noun > first && noun + 5 > by &&
             (tok_is (ctx, noun, "was") || tok_is (ctx, noun, "were") || tok_is (ctx, noun, "which") ||
              tok_is (ctx, noun, "that") || tok_is_char (ctx, noun, ',')))
        noun--;
      if (tok_is (ctx, noun, "summit"))
        {
          /* "the BRICS summit, hosted by X, is the first …" describes the
           * gathering in passing */
          if (noun + 2 < by)
            return FALSE;
          for (guint i = first; i < by; i++)
            if (cue_at (ctx, i) == CUE_SIDELINES)
              return FALSE;
          return TRUE;
        }
      if (tok_is_one_of (ctx, noun, occasions, G_N_ELEMENTS (occasions)))
        return TRUE;
    }
  /* "the meeting was opened by X", "the talks, chaired by X": the agent
   * of the talks themselves, unlike "the summit, hosted by X" */
  for (guint i = by > first + 15 ? by - 15 : first; i < by; i++)
    if ((cue_at (ctx, i) == CUE_MEET || cue_at (ctx, i) == CUE_NEGOTIATION) && i + 1 < by)
      return !tok_is (ctx, by - 1, "invited");
  return FALSE;
}

/* Where an office set off by a comma before a name begins: "Britain's
 * trade secretary, X" from the possessive, "his national security
 * adviser, X" from the word before "his", "the head of the Mossad, X" from
 * "the"; @comma itself when the words before it are no office */
static guint
office_before_comma (Ctx      *ctx,
                     Sentence *se,
                     guint     comma)
{
  static const char *const offices[] = {
    "minister", "secretary", "ambassador", "president", "chairman", "chairwoman", "chair",
    "commissioner", "governor", "director", "chief", "head", "leader", "premier",
  };
  guint k = comma - 1;
  const Mention *m = mention_at (ctx, k);

  if (!lower_role_noun (ctx, k) && !(m != NULL && m->entry->kind == CH_GAZ_TITLE) &&
      !tok_is_one_of (ctx, k, offices, G_N_ELEMENTS (offices)))
    return comma;
  while (k > se->first && comma - k <= 7)
    {
      guint prev = k - 1;

      m = mention_at (ctx, prev);
      if (tok_is (ctx, prev, "the"))
        return prev;
      if (tok_is (ctx, prev, "his") || tok_is (ctx, prev, "her") || tok_is (ctx, prev, "its") ||
          tok_is (ctx, prev, "their"))
        return prev > se->first ? prev - 1 : comma;
      if ((tok (ctx, prev)->flags & CH_TOKEN_POSSESSIVE) && prev > se->first &&
          is_country_mention (mention_at (ctx, prev - 1)))
        return prev;
      if (!((m != NULL && (m->entry->kind == CH_GAZ_TITLE ||
                           (is_country_mention (m) && (m->entry->flags & CH_GAZ_FLAG_DEMONYM)))) ||
            ((tok (ctx, prev)->flags & (CH_TOKEN_LETTERS | CH_TOKEN_UPPER)) == CH_TOKEN_LETTERS &&
             cue_at (ctx, prev) == CUE_NONE)))
        return comma;
      k = prev;
    }
  return comma;
}

/* The word before the phrase that announced a person, past a demonym
 * and an article: "by" in "hosted by the Russian President X"; with
 * @office, past an office set off by a comma too */
static guint
word_before_mention (Ctx                 *ctx,
                     Sentence            *se,
                     const PersonMention *pm,
                     gboolean             office)
{
  guint before = pm->context > se->first ? pm->context - 1 : G_MAXUINT;

  /* "by Britain's trade secretary, X", "and his national security
   * adviser, X": for those who sign or go along, the office set off
   * before the name announced it */
  if (office && before != G_MAXUINT && before > se->first + 1 && pm->context == pm->first &&
      tok_is_char (ctx, before, ','))
    before = office_before_comma (ctx, se, before);
  /* "and his national security adviser X" */
  if (office && before != G_MAXUINT && before > se->first &&
      (tok_is (ctx, before, "his") || tok_is (ctx, before, "her") || tok_is (ctx, before, "their")))
    before--;
  if (before != G_MAXUINT && before > se->first && is_country_mention (mention_at (ctx, before)) &&
      (mention_at (ctx, before)->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
      mention_at (ctx, before)->first > se->first)
    before = mention_at (ctx, before)->first - 1;
  if (before != G_MAXUINT && tok_is (ctx, before, "the") && before > se->first)
    before--;
  /* "by Rear Admiral X", "by Vice Admiral X": a word that only modifies
   * the title */
  for (guint k = 0; k < 2 && before != G_MAXUINT && before > se->first; k++)
    if ((tok (ctx, before)->flags & CH_TOKEN_UPPER) && mention_at (ctx, before) == NULL &&
        cue_at (ctx, before) == CUE_NONE &&
        (tok_is (ctx, before, "Rear") || tok_is (ctx, before, "Vice") ||
         tok_is (ctx, before, "Lieutenant") || tok_is (ctx, before, "Major") ||
         tok_is (ctx, before, "Brigadier") || tok_is (ctx, before, "Acting") ||
         tok_is (ctx, before, "Former") || tok_is (ctx, before, "Senior")))
      before--;
  /* "with Bahrain's Foreign Minister X": the possessive is a token of its
   * own, after the country's mention */
  if (before != G_MAXUINT && before > se->first + 1 && (tok (ctx, before)->flags & CH_TOKEN_POSSESSIVE) &&
      is_country_mention (mention_at (ctx, before - 1)) && mention_at (ctx, before - 1)->first > se->first)
    {
      before = mention_at (ctx, before - 1)->first - 1;
      if (tok_is (ctx, before, "the") && before > se->first)
        before--;
    }
  return before;
}

static const char *const visit_nouns[] = {
  "visit", "visits", "trip", "trips", "tour", "journey",
};

/* Whether the person named at @pm is the one who made a visit the
 * sentence tells of, though a word that usually keeps a name out of the
 * event comes before it: "different from X's previous trip to Athens",
 * "the state visit of X", "the visit to Harare by X", "the last such
 * visit was made by X".  Whoever made the trip was there. */
static gboolean
names_the_visitor (Ctx                 *ctx,
                   Sentence            *se,
                   const PersonMention *pm,
                   guint                before)
{
  guint after = pm->first + pm->n;

  if (before == G_MAXUINT || !(tok_is (ctx, before, "from") || tok_is (ctx, before, "of") ||
                               tok_is (ctx, before, "by") || tok_is (ctx, before, "like")))
    return FALSE;
  /* "X's previous trip", "X's first state visit" */
  if (after + 1 < se->last && (tok (ctx, after)->flags & CH_TOKEN_POSSESSIVE))
    {
      guint word = after + 1;

      for (guint q = 0; q < 3 && word + 1 < se->last &&
                        (tok_is (ctx, word, "previous") || tok_is (ctx, word, "last") ||
                         tok_is (ctx, word, "first") || tok_is (ctx, word, "earlier") ||
                         tok_is (ctx, word, "second") || tok_is (ctx, word, "recent") ||
                         tok_is (ctx, word, "maiden") || tok_is (ctx, word, "historic") ||
                         tok_is (ctx, word, "foreign") || tok_is (ctx, word, "state") ||
                         tok_is (ctx, word, "official") || tok_is (ctx, word, "working") ||
                         tok_is (ctx, word, "own")); q++)
        word++;
      return tok_is_one_of (ctx, word, visit_nouns, G_N_ELEMENTS (visit_nouns));
    }
  if (before <= se->first)
    return FALSE;
  /* "the state visit of X" */
  if (tok_is (ctx, before, "of"))
    return tok_is_one_of (ctx, before - 1, visit_nouns, G_N_ELEMENTS (visit_nouns));
  /* "the visit to Zimbabwe by X", "the trip was made by X": the agent of
   * the visit, within its own clause; "made" or "paid" reaches back
   * further, over the visit's own words ("the first visit to Chile in a
   * decade was made by X") */
  if (tok_is (ctx, before, "by"))
    for (guint i = before - 1, reach = (tok_is (ctx, before - 1, "made") || tok_is (ctx, before - 1, "paid") ||
                                        tok_is (ctx, before - 1, "undertaken")) ? 16 : 8;
         i >= se->first && i + reach > before; i--)
      {
        if (tok_is_char (ctx, i, ',') || tok_is_char (ctx, i, ';'))
          break;
        if (tok_is_one_of (ctx, i, visit_nouns, G_N_ELEMENTS (visit_nouns)))
          return TRUE;
        if (i == se->first)
          break;
      }
  return FALSE;
}

/* Participants of a sentence: every named person, except those only
 * mentioned ("invited by President Putin", "a letter for Chairman …",
 * "the martyrdom of Benazir Bhutto"); with @subjects_only, those before the
 * first verb of discussion. */
/* Whether token @i lies in a clause of another time than the sentence's
 * own: "weeks after X succeeded Y", "days before X visited Z" with no word
 * of meeting in the clause, or a clause of what is yet to come that a
 * comma opens (", where he is due to meet X") */
static gboolean
in_clause_of_other_time (Ctx      *ctx,
                         Sentence *se,
                         guint     i)
{
  for (guint k = i; k > se->first + 1 && k + 14 > i; k--)
    {
      Cue c = cue_at (ctx, k - 1);

      if (tok_is_char (ctx, k - 1, ',') || tok_is_char (ctx, k - 1, ';'))
        return FALSE;
      if ((tok_is (ctx, k - 1, "after") || tok_is (ctx, k - 1, "before")) &&
          tok_is_one_of (ctx, k - 2, time_units, G_N_ELEMENTS (time_units)))
        {
          for (guint j = k; j < se->last && !tok_is_char (ctx, j, ','); j++)
            {
              Cue cj = cue_at (ctx, j);

              if (cj == CUE_MEET || cj == CUE_VISIT || cj == CUE_SIGN || cj == CUE_PACT ||
                  cj == CUE_NEGOTIATION || cj == CUE_PHONE || cj == CUE_SIDELINES || cj == CUE_DISCUSS)
                return FALSE;
            }
          return TRUE;
        }
      /* lower case: not the month of "May 30" */
      if (c == CUE_FUTURE && k - 1 > se->first && !(tok (ctx, k - 1)->flags & CH_TOKEN_UPPER))
        {
          /* the comma that opens the clause, a few words before */
          for (guint j = k - 1; j > se->first && j + 5 > k - 1; j--)
            if (tok_is_char (ctx, j - 1, ','))
              return TRUE;
          return FALSE;
        }
    }
  return FALSE;
}

static void
sentence_persons (Ctx      *ctx,
                  guint     s,
                  gboolean  subjects_only,
                  guint     limit,
                  GArray   *out)
{
  Sentence *se = sentence (ctx, s);
  gboolean appointees = FALSE;
  guint appointee_end = 0;

  for (guint k = first_pmention_from (ctx, se->first); k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      guint before;

      if (pm->first >= se->last)
        break;
      if (subjects_only && pm->first > limit)
        continue;
      before = word_before_mention (ctx, se, pm, FALSE);
      /* "named X, Y and Z to lead the talks": people given a task, who
       * did not take part in the event the sentence reports; the list
       * goes on while names follow one another with commas and "and" */
      if (before != G_MAXUINT &&
          (tok_is (ctx, before, "named") || tok_is (ctx, before, "appointed") ||
           tok_is (ctx, before, "designated") || tok_is (ctx, before, "nominated") ||
           tok_is (ctx, before, "tapped")))
        appointees = TRUE;
      else if (appointees &&
               !((tok_is_char (ctx, appointee_end, ',') || tok_is (ctx, appointee_end, "and")) &&
                 pm->first <= appointee_end + 6))
        appointees = FALSE;
      if (appointees)
        {
          appointee_end = pm->first + pm->n;
          continue;
        }
      if (before != G_MAXUINT && cue_at (ctx, before) == CUE_EXCLUDE &&
          !agent_takes_part (ctx, se->first, before) && !names_the_visitor (ctx, se, pm, before))
        continue;
      if (before != G_MAXUINT && before > se->first && cue_at (ctx, before - 1) == CUE_INVITE)
        continue;
      /* "weeks after Tokayev succeeded Nursultan Nazarbayev as president",
       * "…, where he is due to hold talks with Putin": people of what
       * happened at another time, or will happen */
      if (in_clause_of_other_time (ctx, se, pm->first))
        continue;
      if (before != G_MAXUINT &&
          (tok_is (ctx, before, "succeeded") || tok_is (ctx, before, "replaced") ||
           tok_is (ctx, before, "succeeding") || tok_is (ctx, before, "replacing")))
        continue;
      /* "the first such visit since Ghana's John Kufuor in 2008", "unlike
       * his predecessor X": someone the event is measured against; but
       * "since X travelled to Kyoto" tells what X did then */
      {
        guint since = before;
        guint after = pm->first + pm->n;

        /* "since Ghana's John Kufuor" */
        if (since != G_MAXUINT && since > se->first + 1 &&
            (tok (ctx, since)->flags & CH_TOKEN_POSSESSIVE) &&
            is_country_mention (mention_at (ctx, since - 1)) &&
            mention_at (ctx, since - 1)->first > se->first)
          since = mention_at (ctx, since - 1)->first - 1;
        if (since != G_MAXUINT && (tok_is (ctx, since, "since") || tok_is (ctx, since, "unlike")) &&
            (after >= se->last || tok_is (ctx, after, "in") || tok_is (ctx, after, "did") ||
             tok_is_char (ctx, after, ',') || tok_is_char (ctx, after, '.') ||
             tok_is_char (ctx, after, ';') || tok_is_char (ctx, after, '(')))
          continue;
      }
      {
        /* "…, a spokesman, told reporters": a source, not a side */
        guint after = pm->first + pm->n;

        if (tok (ctx, after < ctx->n ? after : pm->first)->flags & CH_TOKEN_POSSESSIVE)
          after++;
        if (tok_is (ctx, after, "told") || tok_is (ctx, after, "briefed"))
          continue;
        /* "X's predecessors met Y", "X's spokesman said": another person
         * acts, named by their tie to X */
        if (after > pm->first + pm->n && after < se->last)
          {
            static const char *const ties[] = {
              "predecessor", "predecessors", "successor", "successors", "spokesman",
              "spokeswoman", "spokesperson", "wife", "husband", "widow", "son", "daughter",
              "father", "mother", "brother", "aide", "aides", "adviser", "advisers",
              "envoy", "envoys", "deputy", "deputies", "administration", "government",
              "cabinet", "negotiator", "negotiators", "representative", "confidant",
            };
            guint word = after;

            /* "Trump's second administration", "his former aide" */
            if (tok_is (ctx, word, "first") || tok_is (ctx, word, "second") ||
                tok_is (ctx, word, "third") || tok_is (ctx, word, "new") ||
                tok_is (ctx, word, "former") || tok_is (ctx, word, "own") ||
                tok_is (ctx, word, "top") || tok_is (ctx, word, "senior"))
              word++;
            /* "X's chief adviser", "X's special envoy", "X's national
             * security adviser": the tie's own qualifiers */
            for (guint q = 0; q < 3 && word + 1 < se->last &&
                              (tok_is (ctx, word, "chief") || tok_is (ctx, word, "special") ||
                               tok_is (ctx, word, "personal") || tok_is (ctx, word, "national") ||
                               tok_is (ctx, word, "security") || tok_is (ctx, word, "foreign") ||
                               tok_is (ctx, word, "policy") ||
                               tok_is (ctx, word, "close") || tok_is (ctx, word, "longtime") ||
                               (lower_modifier (ctx, word) && !tok_is_one_of (ctx, word, ties, G_N_ELEMENTS (ties)))); q++)
              word++;
            if (tok_is_one_of (ctx, word, ties, G_N_ELEMENTS (ties)))
              continue;
          }
      }
      append_person_once (out, pm->person);
    }
}

/* People who attend a signing or talks without being its grammatical
 * subject: "in the presence of X and Y", "witnessed by X", "with X
 * looking on". */
static void
sentence_witnesses (Ctx    *ctx,
                    guint   s,
                    GArray *out)
{
  Sentence *se = sentence (ctx, s);
  guint from = G_MAXUINT;

  for (guint i = se->first; i + 1 < se->last && from == G_MAXUINT; i++)
    if ((tok_is (ctx, i, "presence") && tok_is (ctx, i + 1, "of")) ||
        (tok_is (ctx, i, "witnessed") && tok_is (ctx, i + 1, "by")))
      from = i + 2;

  for (guint k = first_pmention_from (ctx, se->first); k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      guint after = pm->first + pm->n;
      gboolean witness = FALSE;

      if (pm->first >= se->last)
        break;
      if (from != G_MAXUINT && pm->context >= from)
        witness = TRUE;
      if ((tok_is (ctx, after, "looking") || tok_is (ctx, after, "looked")) && tok_is (ctx, after + 1, "on"))
        witness = TRUE;
      {
        /* "the meeting was opened by X" */
        guint before = word_before_mention (ctx, se, pm, TRUE);

        if (before != G_MAXUINT && agent_takes_part (ctx, se->first, before))
          witness = TRUE;
      }
      if (!witness)
        continue;
      append_person_once (out, pm->person);
    }
}

static gboolean dates_conflict (const ChDay *a,
                                const ChDay *b);

/* The day a draft happened on, as far as known */
static const ChDay *
draft_day (Ctx   *ctx,
           Draft *d)
{
  if (d->date.year != 0)
    return &d->date;
  if (d->date_text == NULL && ctx->doc_date.year != 0)
    return &ctx->doc_date;
  return NULL;
}

/* Whether the words right after a person say they signed or went along:
 * "X signed for Moscow", "X put his signature to", "X, who accompanied
 * the prime minister, …", "with X also signing" */
static gboolean
acts_as_companion (Ctx   *ctx,
                   guint  after,
                   guint  last)
{
  guint k = after;

  /* "X and Y attended the ceremony", "X, Y and Z watched the signing":
   * the verb comes after the last of the people named together */
  for (guint n = 0; n < 4 && k + 1 < last && (tok_is (ctx, k, "and") || tok_is_char (ctx, k, ',')); n++)
    {
      guint next = G_MAXUINT;

      for (guint q = first_pmention_from (ctx, k + 1); q < ctx->pmentions->len; q++)
        {
          const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, q);

          if (pm->context > k + 5 || pm->first >= last)
            break;
          if (pm->context == k + 1 ||
              (is_country_mention (mention_starting_at (ctx, k + 1)) &&
               mention_starting_at (ctx, k + 1)->first + mention_starting_at (ctx, k + 1)->n == pm->context))
            next = pm->first + pm->n;
          break;
        }
      if (next == G_MAXUINT)
        break;
      k = next;
    }
  /* "… watched the signing", "… attended the ceremony": whoever watched
   * the signing or sat at the talks was at the event */
  if (k + 1 < last && (tok_is (ctx, k, "attended") || tok_is (ctx, k, "watched") ||
                       tok_is (ctx, k, "witnessed")))
    {
      static const char *const occasions[] = {
        "ceremony", "signing", "talks", "meeting", "banquet", "dinner",
      };

      for (guint q = k + 1; q < last && q <= k + 3; q++)
        if (tok_is_one_of (ctx, q, occasions, G_N_ELEMENTS (occasions)))
          return TRUE;
    }
  k = after;

  /* past an apposition: "X, China's most senior diplomat, also signing" */
  if (tok_is_char (ctx, k, ','))
    {
      guint q = k + 1;

      if (tok_is (ctx, q, "who"))
        k = q + 1;
      else
        {
          while (q < last && q - k < 12 && !tok_is_char (ctx, q, ',') && !tok_is_char (ctx, q, '.'))
            q++;
          if (tok_is_char (ctx, q, ','))
            k = q + 1;
        }
    }
  if (tok_is (ctx, k, "also") || tok_is (ctx, k, "then") || tok_is (ctx, k, "had"))
    k++;
  if (k >= last)
    return FALSE;
  if (cue_at (ctx, k) == CUE_SIGN && !tok_is (ctx, k, "exchanged"))
    return TRUE;
  if (tok_is (ctx, k, "accompanied") || tok_is (ctx, k, "accompanying") ||
      tok_is (ctx, k, "joined"))
    return TRUE;
  /* "put his signature to" */
  return tok_is (ctx, k, "put") && k + 2 < last && tok_is (ctx, k + 2, "signature");
}

/* Whether the token @at lies in a ", who …," clause that closes before
 * @mention: "X, who took office on 1 January, was accompanied by Y" dates
 * X's taking office, not Y's going along */
static gboolean
in_other_relative_clause (Ctx      *ctx,
                          Sentence *se,
                          guint     at,
                          guint     mention)
{
  guint who = G_MAXUINT;

  if (mention <= at)
    return FALSE;
  for (guint i = at; i > se->first + 1 && who == G_MAXUINT; i--)
    {
      if (tok_is_char (ctx, i - 1, ','))
        return FALSE;
      if ((tok_is (ctx, i - 1, "who") || tok_is (ctx, i - 1, "which")) && tok_is_char (ctx, i - 2, ','))
        who = i - 1;
    }
  if (who == G_MAXUINT)
    return FALSE;
  for (guint i = at; i < mention; i++)
    if (tok_is_char (ctx, i, ','))
      return TRUE;
  return FALSE;
}

/* Whether the token @at lies in an aside after the sentence's subject
 * that closes before @verb: "X, on her first trip since taking office on
 * 1 January, was accompanied by Y" dates X's taking office, not Y's going
 * along */
static gboolean
in_subject_aside (Ctx      *ctx,
                  Sentence *se,
                  guint     at,
                  guint     verb)
{
  guint open = G_MAXUINT;

  if (verb == G_MAXUINT || verb <= at)
    return FALSE;
  for (guint i = at; i > se->first + 1 && open == G_MAXUINT; i--)
    if (tok_is_char (ctx, i - 1, ','))
      open = i - 1;
  if (open == G_MAXUINT || !person_ends_at (ctx, open - 1))
    return FALSE;
  for (guint i = at; i < verb; i++)
    if (tok_is_char (ctx, i, ','))
      return TRUE;
  return FALSE;
}

/* People a sentence that adds to an event shows taking part without a verb
 * of meeting: signatories ("it was signed by X, and Y, with Z also
 * signing"; "X signed for Moscow"), those who received the visitor ("was
 * first received by X") and those who went along ("X, who accompanied the
 * prime minister"). */
static void
sentence_companions (Ctx         *ctx,
                     guint        s,
                     const ChDay *ref,
                     GArray      *out)
{
  Sentence *se = sentence (ctx, s);
  guint list_end = 0;

  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      guint before;
      gboolean takes_part = FALSE;

      if (pm->first < se->first || pm->first >= se->last)
        continue;
      before = word_before_mention (ctx, se, pm, TRUE);
      if (before != G_MAXUINT && agent_takes_part (ctx, se->first, before))
        takes_part = TRUE;
      /* "X signed with Y" */
      else if (before != G_MAXUINT && before > se->first && tok_is (ctx, before, "with") &&
               cue_at (ctx, before - 1) == CUE_SIGN)
        takes_part = TRUE;
      /* the list of agents goes on: "by X, secretary of …, and Y" */
      else if (list_end != 0 && pm->context > list_end && pm->context <= list_end + 16 &&
               before != G_MAXUINT && (tok_is (ctx, before, "and") || tok_is_char (ctx, before, ',')))
        {
          takes_part = TRUE;
          for (guint i = list_end; i < pm->context; i++)
            if (cue_at (ctx, i) != CUE_NONE && cue_at (ctx, i) != CUE_TITLE &&
                cue_at (ctx, i) != CUE_PARTICLE && cue_at (ctx, i) != CUE_EXCLUDE &&
                cue_at (ctx, i) != CUE_STOP)
              takes_part = FALSE;
        }
      if (takes_part)
        list_end = pm->first + pm->n;
      else
        list_end = 0;
      if (!takes_part && acts_as_companion (ctx, pm->first + pm->n, se->last))
        takes_part = TRUE;
      if (!takes_part)
        continue;
      /* "X, who accompanied him to Kyoto in 2011": another time */
      for (guint d = 0; d < ctx->dates->len && ref != NULL; d++)
        {
          const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);

          if (m->first_token >= se->last)
            break;
          if (m->first_token + 8 >= pm->context && m->first_token <= pm->first + pm->n + 8 &&
              m->first_token >= se->first && dates_conflict (&m->day, ref) &&
              !in_other_relative_clause (ctx, se, m->first_token, pm->context) &&
              !in_subject_aside (ctx, se, m->first_token, before))
            takes_part = FALSE;
        }
      if (!takes_part)
        continue;
      append_person_once (out, pm->person);
    }
}

/* "the Joint Security Area", "the Peace Palace": a capitalised term in
 * the name of a place names the place, not a subject of the talks (the
 * name of a body, "Aerospace Defense Command", still says what it does) */
static gboolean
topic_inside_name (Ctx           *ctx,
                   Sentence      *se,
                   const Mention *m)
{
  static const char *place_words[] = {
    "Area", "Zone", "House", "Palace", "Hall", "Building", "Centre", "Center", "Square",
    "Street", "Bridge", "Village", "Park", "Tower", "Gate", "Garden", "Gardens",
  };
  /* the head nouns of the names of bodies and offices: "the Constitutional
   * Court", "the World Trade Organization", "the Minister of Commerce and
   * Industry", "the Deputy Supreme Commander of the Armed Forces" */
  static const char *body_words[] = {
    "Minister", "Ministers", "Ministry", "Department", "Secretary", "Commander", "Chief",
    "Council", "Committee", "Commission", "Office", "Bureau", "Agency", "Institute",
    "Academy", "University", "College", "School", "Force", "Forces", "Court", "Bank",
    "Fund", "Corporation", "Company", "Authority", "Board", "Organization", "Organisation",
    "Chamber", "Association", "Adviser", "Advisor", "Service", "Services", "Group",
  };
  /* the head nouns of the names of rivers, seas and schools, which
   * say where something is, not what was discussed: "a bridge over the
   * Senegal River", "a speech at Nazarbayev University" */
  static const char *place_heads[] = {
    "River", "Rivers", "Sea", "Lake", "Bay", "Gulf", "Valley", "Strait", "University",
  };
  /* the heads of the titles that name what an office is in charge of:
   * "the commander-in-chief of the armed forces", "head of the trade
   * mission" */
  static const char *office_heads[] = {
    "chief", "commander", "head", "minister", "secretary", "director", "chairman",
    "chairperson", "chair", "governor", "commissioner",
  };
  guint after = m->first + m->n;
  guint k;

  {
    guint b = m->first;

    if (b > se->first && tok_is (ctx, b - 1, "the"))
      b--;
    if (b > se->first + 1 && tok_is (ctx, b - 1, "of") &&
        tok_is_one_of (ctx, b - 2, office_heads, G_N_ELEMENTS (office_heads)))
      return TRUE;
  }
  if (!(tok (ctx, m->first)->flags & CH_TOKEN_UPPER) ||
      (tok (ctx, m->first)->flags & CH_TOKEN_ALL_UPPER))
    return FALSE;
  if (tok_is_one_of (ctx, after - 1, place_heads, G_N_ELEMENTS (place_heads)) &&
      ((m->first > se->first + 1 && (tok (ctx, m->first - 1)->flags & CH_TOKEN_UPPER)) ||
       (after + 1 < se->last && tok_is (ctx, after, "of") &&
        (tok (ctx, after + 1)->flags & CH_TOKEN_UPPER))))
    return TRUE;
  if (after < se->last)
    for (k = 0; k < G_N_ELEMENTS (place_words); k++)
      if (tok_is (ctx, after, place_words[k]))
        return TRUE;
  /* a term the lexicon spells in capitals is a name itself ("Belt and
   * Road"); a common word written with a capital inside a name is part of
   * that name */
  if (m->entry->upper_mask != 0)
    return FALSE;
  /* on along the name: "Commerce and Industry Minister" */
  for (guint i = after; i < se->last && i < after + 6; i++)
    {
      if (tok_is (ctx, i, "of") || tok_is (ctx, i, "and") || tok_is_char (ctx, i, '&'))
        continue;
      if (!(tok (ctx, i)->flags & CH_TOKEN_UPPER))
        break;
      for (k = 0; k < G_N_ELEMENTS (body_words); k++)
        if (tok_is (ctx, i, body_words[k]))
          return TRUE;
    }
  /* back along the capitalised words, "of", "and" and "the" of the name */
  for (guint i = m->first; i > se->first && i + 8 > m->first; i--)
    {
      guint b = i - 1;

      if (tok_is (ctx, b, "of") || tok_is (ctx, b, "and") || tok_is (ctx, b, "the") ||
          tok_is (ctx, b, "for") || tok_is_char (ctx, b, '&'))
        continue;
      /* "Minister of Foreign Affairs, Foreign Employment and Tourism" */
      if (tok_is_char (ctx, b, ',') && b > se->first && (tok (ctx, b - 1)->flags & CH_TOKEN_UPPER))
        continue;
      if (!(tok (ctx, b)->flags & CH_TOKEN_UPPER))
        break;
      for (k = 0; k < G_N_ELEMENTS (body_words); k++)
        if (tok_is (ctx, b, body_words[k]))
          return TRUE;
    }
  return FALSE;
}

/* "his first trip abroad since the start of the pandemic", "closed
 * since the election", "their first meeting since the row over the
 * pact", "at the height of the dispute over the border": a subject named
 * only to date something is no subject of the talks */
static gboolean
topic_as_time (Ctx           *ctx,
               Sentence      *se,
               const Mention *m)
{
  static const char *const phase[] = { "start", "outbreak", "beginning", "end", "onset", "height" };
  static const char *const filler[] = {
    "the", "a", "an", "of", "coronavirus", "global", "last", "recent", "first", "latest",
  };
  /* "after his election victory", "after winning the February
   * election", "before last year's referendum": the subject of a clause
   * of time is the happening that dates the talks */
  static const char *const owner[] = {
    "his", "her", "their", "its", "winning", "won", "year", "month", "week",
  };
  gboolean phased = FALSE;
  gboolean owned = FALSE;
  guint since = G_MAXUINT;

  for (guint i = m->first; i > se->first && i + 6 > m->first; i--)
    {
      guint b = i - 1;

      if (tok_is (ctx, b, "since"))
        return TRUE;
      if (tok_is (ctx, b, "before") || tok_is (ctx, b, "after"))
        return phased || owned;
      if (tok_is (ctx, b, "during") || tok_is (ctx, b, "at"))
        return phased;
      if (tok_is_one_of (ctx, b, owner, G_N_ELEMENTS (owner)) || (tok (ctx, b)->flags & CH_TOKEN_POSSESSIVE))
        owned = TRUE;
      else if (tok_is_one_of (ctx, b, phase, G_N_ELEMENTS (phase)))
        phased = TRUE;
      else if (!tok_is_one_of (ctx, b, filler, G_N_ELEMENTS (filler)) &&
               !(tok (ctx, b)->flags & CH_TOKEN_UPPER) && !g_ascii_isdigit (ctx->text[tok (ctx, b)->start]))
        break;
    }
  /* "the first contact since Japan began releasing the water": what a
   * first since something counts from, up to the end of its clause */
  for (guint i = m->first; i > se->first && i + 16 > m->first; i--)
    {
      guint b = i - 1;

      if (tok_is_char (ctx, b, ',') || tok_is_char (ctx, b, ';'))
        return FALSE;
      if (tok_is (ctx, b, "since"))
        {
          since = b;
          break;
        }
    }
  /* "the first since Jordan signed a peace treaty in 1994" reports an
   * older event of its own, whose subject that is */
  for (guint i = since; since != G_MAXUINT && i < se->last && !tok_is_char (ctx, i, ','); i++)
    {
      Cue c = cue_at (ctx, i);

      if (c == CUE_SIGN || c == CUE_MEET || c == CUE_VISIT || c == CUE_PHONE || c == CUE_NEGOTIATION)
        return FALSE;
    }
  for (guint b = since; since != G_MAXUINT && b > se->first && b + 8 > since; b--)
    {
      if (tok_is_char (ctx, b - 1, ',') || tok_is_char (ctx, b - 1, ';'))
        break;
      if (tok_is (ctx, b - 1, "first"))
        return TRUE;
    }
  return FALSE;
}

/* "defence cooperation and training", "the training of Ukrainian
 * troops", "weapons and training to its armed forces", "for training and
 * exercises": the training of forces is a matter of defence, named with
 * it, not of education as the training of nurses or engineers is */
static gboolean
training_of_forces (Ctx           *ctx,
                    Sentence      *se,
                    const Mention *m)
{
  static const char *const forces[] = {
    "troops", "troop", "soldiers", "forces", "army", "armies", "navy", "navies", "military", "officers",
    "police", "peacekeepers", "peacekeeping", "exercises", "drills", "weapons", "defence",
    "defense", "security", "cadets", "pilots",
  };
  guint last = m->first + m->n;

  if (!tok_is (ctx, last - 1, "training"))
    return FALSE;
  for (guint i = m->first > se->first + 4 ? m->first - 4 : se->first; i < se->last && i < last + 5; i++)
    if ((i < m->first || i >= last) && tok_is_one_of (ctx, i, forces, G_N_ELEMENTS (forces)))
      return TRUE;
  return FALSE;
}

/* "the UN climate conference", "an investment forum in Riyadh", "a summit
 * on financing for poorer countries": a subject that names a gathering
 * says what the gathering was about, not what the sides took up between
 * them on its sidelines or on an earlier trip to it */
static gboolean
topic_names_gathering (Ctx           *ctx,
                       Sentence      *se,
                       const Mention *m)
{
  static const char *const gathering[] = {
    "conference", "conferences", "summit", "summits", "forum", "forums", "congress",
    "expo", "convention",
  };
  static const char *const det[] = { "the", "a", "an" };
  guint after = m->first + m->n;
  guint b = m->first;

  /* "ready to host a peace summit": a conference to make peace is a
   * step of the peace process the sides take up, not a venue */
  if (strcmp (m->entry->name, "peace") == 0)
    return FALSE;
  if (after < se->last && tok_is_one_of (ctx, after, gathering, G_N_ELEMENTS (gathering)))
    return TRUE;
  /* "a summit on financing", "the conference on the future of Europe" */
  if (b > se->first && tok_is_one_of (ctx, b - 1, det, G_N_ELEMENTS (det)))
    b--;
  return b > se->first + 1 && (tok_is (ctx, b - 1, "on") || tok_is (ctx, b - 1, "about")) &&
         tok_is_one_of (ctx, b - 2, gathering, G_N_ELEMENTS (gathering));
}

/* Whether token @i lies in a clause that describes a person in passing,
 * from ", who" or ", whose" to the next comma: "Solih, who won the
 * election in September, accepted …", "hosted by the minister, whose
 * government had mediated …". A clause in which the person speaks
 * (", who said the two discussed …") reports the talks and is none. */
static gboolean
in_person_clause (Ctx      *ctx,
                  Sentence *se,
                  guint     i)
{
  static const char *const speech[] = {
    "said", "says", "told", "stressed", "added", "noted", "called", "urged", "expressed",
    "described", "welcomed", "thanked", "raised", "spoke", "agreed", "discussed",
  };

  for (guint b = i; b > se->first + 1; b--)
    {
      guint k = b - 1;

      if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
        return FALSE;
      if ((tok_is (ctx, k, "who") || tok_is (ctx, k, "whose")) && tok_is_char (ctx, k - 1, ','))
        {
          guint v = tok_is (ctx, k + 1, "also") ? k + 2 : k + 1;

          return v >= se->last || (cue_at (ctx, v) != CUE_DISCUSS &&
                                   !tok_is_one_of (ctx, v, speech, G_N_ELEMENTS (speech)));
        }
    }
  return FALSE;
}

/* The organizations and topics a sentence names belong to the event only
 * when @topics says the sentence tells what the sides discussed. */
static void
add_topics_and_orgs (Ctx     *ctx,
                     Draft   *d,
                     guint    s,
                     guint    cue,
                     gboolean topics)
{
  Sentence *se = sentence (ctx, s);
  /* a clause about a person tells the event's subjects only when it
   * reports the event itself ("X, who met Y in January, …") */
  gboolean cue_in_clause = cue != G_MAXUINT && in_person_clause (ctx, se, cue);

  for (guint i = se->first; i < se->last; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);
      gboolean byline;

      if (m == NULL)
        continue;
      /* "KHARTOUM (Nile Valley Agency) -": the dateline and the name of
       * the outlet say who reports from where */
      byline = (i >= ctx->dateline_first && i < ctx->dateline_last) ||
               (i >= ctx->agency_first && i < ctx->agency_last);

      if (m->entry->kind == CH_GAZ_TOPIC && topics && !byline &&
          !(m->entry->flags & CH_GAZ_FLAG_EXCLUDE) &&
          !topic_inside_name (ctx, se, m) && !topic_as_time (ctx, se, m) &&
          !training_of_forces (ctx, se, m) && !topic_names_gathering (ctx, se, m) &&
          (cue_in_clause || !in_person_clause (ctx, se, m->first)))
        ptr_add_unique (d->topics, m->entry->name);
      else if (m->entry->kind == CH_GAZ_ORGANIZATION)
        {
          /* "the SCO", "BRICS" are organizations and, where the topic
           * list names them, the topic of working together in them; an
           * older event told in passing ("met at the G20 last year") says
           * nothing of what was discussed there */
          g_autofree char *form = span_words (ctx, m->first, m->first + m->n);
          const ChGazEntry *topic = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_TOPIC, form);
          guint after = m->first + m->n;

          /* "on the sidelines of the BRICS summit", "back from the G20
           * meeting": the body names the gathering where the sides met,
           * which says nothing of working together in it */
          if (after < se->last &&
              (cue_at (ctx, after) == CUE_OCCASION || tok_is (ctx, after, "meeting") ||
               tok_is (ctx, after, "meetings") || tok_is (ctx, after, "summits") ||
               tok_is (ctx, after, "gathering") || tok_is (ctx, after, "leaders")))
            topic = NULL;
          /* "the United Nations climate conference", "the UN General
           * Assembly's annual session": the gathering a word or two on */
          for (guint k = after; topic != NULL && k < se->last && k < after + 3; k++)
            if (cue_at (ctx, k) == CUE_OCCASION || tok_is (ctx, k, "conference") ||
                tok_is (ctx, k, "summit") || tok_is (ctx, k, "forum"))
              topic = NULL;

          /* the bodies of the event's context are those of the sentences
           * that tell what the sides took up, not of the background
           * ("analysts said the IMF had cut its forecast") */
          if (topics && !byline)
            ptr_add_unique (d->orgs, m->entry->name);
          if (topic != NULL && topics && !byline && !(topic->flags & CH_GAZ_FLAG_EXCLUDE) &&
              !d->background && !d->side)
            ptr_add_unique (d->topics, topic->name);
        }
      i += m->n - 1;
    }
}

static gboolean sentence_date_differs (Ctx      *ctx,
                                       SentInfo *si,
                                       Draft    *d);

/* Words that show a sentence reporting what the sides talked about or
 * settled, beside the verbs of the cue list: "the call covered energy",
 * "trade was high on the agenda", "talks centred on water" */
static const char *const subject_words[] = {
  "covered", "covering", "cover", "covers", "focusing", "focus", "centred", "centered",
  "revolved", "agenda", "raised", "touched", "concerning", "regarding", "addressing",
  "agreeing", "agree", "agrees", "signing", "discussing", "discussion", "discussions",
  "talked", "spoke", "centres", "centers", "theme", "themes", "topics", "table", "endorsed",
  "announced", "foresees", "envisages", "provides", "commits", "stipulates", "offered",
  "proposed", "sought", "attention", "pressed", "asked", "affirmed", "urging", "pushed",
};

static gboolean
tok_ends_with (Ctx        *ctx,
               guint       i,
               const char *suffix)
{
  gsize n = strlen (suffix);
  const ChToken *t;

  if (i >= ctx->n)
    return FALSE;
  t = tok (ctx, i);
  return t->len > n && g_ascii_strncasecmp (ctx->text + t->start + t->len - n, suffix, n) == 0;
}

/* "collapsed", "grown", "cut": a lower-case word that reads as a past
 * participle after "had" */
static gboolean
past_participle (Ctx   *ctx,
                 guint  i)
{
  static const char *const irregular[] = {
    "been", "cut", "made", "held", "put", "won", "lost", "led", "met", "grown", "known",
    "seen", "done", "taken", "left", "sent", "spent", "brought", "sought", "fought",
    "struck", "built", "set", "kept", "become", "come", "gone", "fallen", "risen", "broken",
  };

  if (i >= ctx->n || (tok (ctx, i)->flags & CH_TOKEN_UPPER))
    return FALSE;
  if (tok_ends_with (ctx, i, "ed") || tok_ends_with (ctx, i, "en"))
    return TRUE;
  return tok_is_one_of (ctx, i, irregular, G_N_ELEMENTS (irregular));
}

/* "said", "noted": a report of speech says what the sides discussed only
 * when it is one of them speaking ("Modi said India would …"), not an
 * analyst, a trader or a third country */
static gboolean
discuss_is_hearsay (Ctx   *ctx,
                    guint  i)
{
  return tok_is (ctx, i, "said") || tok_is (ctx, i, "stated") || tok_is (ctx, i, "noted") ||
         tok_is (ctx, i, "remarked") || tok_is (ctx, i, "acknowledged");
}

/* Whether a sentence's subject is a group of bystanders: a plural noun
 * of commentators, opposition or markets among its first words, after
 * an opening "In Manila," */
static gboolean
third_party_subject (Ctx      *ctx,
                     Sentence *se)
{
  static const char *const bystanders[] = {
    "analysts", "critics", "lawmakers", "legislators", "commentators", "observers", "experts",
    "economists", "traders", "investors", "markets", "groups", "activists", "protesters",
    "campaigners", "unions", "politicians", "opposition", "tabloids", "newspapers", "editorials",
    "opponents", "supporters", "residents", "voters", "survivors", "victims", "families",
    "veterans", "environmentalists", "farmers", "fishermen", "workers", "business", "students",
    "companies", "firms", "executives",
  };
  guint i = se->first;

  if (tok_is (ctx, i, "In") || tok_is (ctx, i, "At"))
    {
      for (guint k = i + 1; k < se->last && k < i + 6; k++)
        if (tok_is_char (ctx, k, ','))
          {
            i = k + 1;
            break;
          }
    }
  for (guint k = i; k < se->last && k < i + 5; k++)
    {
      Cue c = cue_at (ctx, k);

      if (c == CUE_DISCUSS || c == CUE_TWO || c == CUE_PRONOUN || tok_is_char (ctx, k, ','))
        return FALSE;
      if (tok_is_one_of (ctx, k, bystanders, G_N_ELEMENTS (bystanders)))
        return TRUE;
    }
  return FALSE;
}

/* "The visit comes as …", "The talks came amid …", "The meeting came a
 * week after …": the sentence tells the circumstances the event falls
 * in, another story than what its sides took up */
static gboolean
sets_the_scene (Ctx      *ctx,
                Sentence *se)
{
  static const char *const come[] = { "comes", "came", "come", "coming" };
  static const char *const link[] = {
    "as", "amid", "against", "after", "days", "weeks", "months", "a", "at", "just", "only",
    "shortly", "two", "three", "less", "barely", "one", "in", "during",
  };

  for (guint i = se->first; i + 1 < se->last && i < se->first + 6; i++)
    {
      if (tok_is_char (ctx, i, ','))
        return FALSE;
      if (tok_is_one_of (ctx, i, come, G_N_ELEMENTS (come)))
        return tok_is_one_of (ctx, i + 1, link, G_N_ELEMENTS (link));
    }
  return FALSE;
}

/* "Relations plunged last autumn after …", "Ties between the two have
 * warmed since …", "Tensions over X have soared since …": a sentence
 * whose subject is the relationship itself tells its course, the
 * background of the event, not what the sides took up */
static gboolean
tells_the_relationship (Ctx      *ctx,
                        Sentence *se)
{
  static const char *const subject[] = { "Relations", "Ties", "Tensions", "Relationship" };
  static const char *const course[] = {
    "plunged", "soured", "cooled", "deteriorated", "improved", "warmed", "collapsed", "rose",
    "soared", "eased", "worsened", "thawed", "frayed", "hit", "reached", "had", "have", "has",
    "were", "was", "remain", "remained", "grew", "flared", "broke",
  };
  guint i = se->first;

  if (tok_is (ctx, i, "The") || tok_is (ctx, i, "Bilateral"))
    i++;
  if (i >= se->last || !tok_is_one_of (ctx, i, subject, G_N_ELEMENTS (subject)))
    return FALSE;
  for (guint k = i + 1; k < se->last && k < i + 8; k++)
    {
      if (tok_is_char (ctx, k, ',') || cue_at (ctx, k) == CUE_DISCUSS)
        return FALSE;
      if (tok_is_one_of (ctx, k, course, G_N_ELEMENTS (course)))
        return TRUE;
    }
  return FALSE;
}

/* "Under the agreement, …", "Under its terms, …", "Under what X called
 * the Ankara Declaration, …": the sentence opens on the text the sides
 * agreed, with no year of its own before the comma */
static gboolean
under_the_text (Ctx      *ctx,
                Sentence *se)
{
  static const char *const det[] = {
    "the", "its", "this", "that", "these", "their", "what", "a", "an", "each",
  };
  guint i = se->first + 1;

  if (i >= se->last || !tok_is_one_of (ctx, i, det, G_N_ELEMENTS (det)))
    return FALSE;
  for (; i < se->last && !tok_is_char (ctx, i, ','); i++)
    if (g_ascii_isdigit (ctx->text[tok (ctx, i)->start]) || tok_is (ctx, i, "former"))
      return FALSE;
  return TRUE;
}

/* "Addressing both houses of parliament, X said …", "He told lawmakers
 * that …", "in a speech to students": a side speaking to an audience of
 * its own, in an appearance apart from the talks, says what it told that
 * audience, not what the sides discussed */
static gboolean
speaks_to_an_audience (Ctx      *ctx,
                       Sentence *se)
{
  static const char *const address[] = {
    "addressing", "addressed", "told", "speech", "speaking", "lecture", "address",
  };
  static const char *const audience[] = {
    "lawmakers", "legislators", "parliament", "parliamentarians", "mps", "senators",
    "deputies", "houses", "students", "audience", "crowd", "rally", "diaspora", "community",
    "businessmen", "entrepreneurs", "executives", "congress", "assembly", "academics",
    "plenary", "forum", "delegates",
  };

  for (guint i = se->first; i < se->last; i++)
    {
      if (!tok_is_one_of (ctx, i, address, G_N_ELEMENTS (address)))
        continue;
      for (guint k = i + 1; k < se->last && k < i + 7; k++)
        {
          if (tok_is_char (ctx, k, ',') || tok_is (ctx, k, "that") || cue_at (ctx, k) == CUE_TWO)
            break;
          if (tok_is_one_of (ctx, k, audience, G_N_ELEMENTS (audience)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether a sentence opens on a country, or on its capital standing for
 * it, that is none of the event's known sides */
static gboolean
third_country_subject (Ctx      *ctx,
                       Draft    *d,
                       Sentence *se)
{
  guint first = tok_is (ctx, se->first, "The") ? se->first + 1 : se->first;
  const Mention *m = mention_starting_at (ctx, first);
  gboolean known = FALSE;

  if (m == NULL || m->entry->code == NULL ||
      !(m->entry->kind == CH_GAZ_COUNTRY ||
        (m->entry->kind == CH_GAZ_CITY && (m->entry->flags & CH_GAZ_FLAG_CAPITAL))) ||
      (m->entry->flags & CH_GAZ_FLAG_DEMONYM))
    return FALSE;
  /* "China and India agreed …": a pair that may hold a side */
  if (tok_is (ctx, first + m->n, "and") || tok_is_char (ctx, first + m->n, ','))
    return FALSE;
  /* "North Korea fired a missile, and the two leaders pledged …" */
  for (guint i = first + m->n; i < se->last; i++)
    if (cue_at (ctx, i) == CUE_TWO)
      return FALSE;
  for (guint k = 0; k < d->countries->len; k++)
    {
      known = TRUE;
      if (strcmp (d->countries->pdata[k], m->entry->code) == 0)
        return FALSE;
    }
  for (guint k = 0; k < d->more_countries->len; k++)
    if (strcmp (d->more_countries->pdata[k], m->entry->code) == 0)
      return FALSE;
  for (guint k = 0; k < d->persons->len; k++)
    {
      Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, k)];

      if (person->country != NULL)
        known = TRUE;
      if (g_strcmp0 (person->country, m->entry->code) == 0)
        return FALSE;
    }
  return known;
}

/* Whether a sentence's verb is a form of "to be" in the active, as in
 * "Trade between them is small" or "Oman was its first partner", rather
 * than the auxiliary of a passive ("the road was opened") */
static gboolean
states_a_fact (Ctx      *ctx,
               Sentence *se)
{
  static const char *const be[] = { "is", "are", "was", "were" };
  /* "X told reporters that this was a first step": a side speaking */
  static const char *const speech[] = { "told", "tells", "said", "says", "according" };
  gboolean fact = FALSE;

  for (guint i = se->first; i < se->last; i++)
    if (tok_is_one_of (ctx, i, speech, G_N_ELEMENTS (speech)) || tok_is_char (ctx, i, '"'))
      return FALSE;
  for (guint i = se->first; i + 1 < se->last && !fact; i++)
    if (tok_is_one_of (ctx, i, be, G_N_ELEMENTS (be)) && !past_participle (ctx, i + 1) &&
        !(tok_ends_with (ctx, i + 1, "ly") && past_participle (ctx, i + 2)))
      fact = TRUE;
  return fact;
}

/* "Britain is one of Kenya's biggest investors, and …", "China is now
 * among the largest buyers of …": a sentence that opens by ranking a
 * country among others states a standing fact about the relationship,
 * whatever agreement or announcement its later clauses mention, unless
 * someone is quoted saying it */
static gboolean
ranks_among_others (Ctx      *ctx,
                    Sentence *se)
{
  static const char *const be[] = { "is", "are", "was", "were", "remains", "remain" };
  static const char *const adverb[] = { "now", "also", "still", "already", "long", "by", "far" };
  static const char *const speech[] = { "said", "says", "told", "according" };
  guint i;

  for (i = se->first; i < se->last; i++)
    if (tok_is_one_of (ctx, i, speech, G_N_ELEMENTS (speech)) || tok_is_char (ctx, i, '"'))
      return FALSE;
  for (i = se->first; i < se->last && i < se->first + 5; i++)
    {
      if (tok_is_char (ctx, i, ',') || cue_at (ctx, i) != CUE_NONE)
        return FALSE;
      if (tok_is_one_of (ctx, i, be, G_N_ELEMENTS (be)))
        break;
    }
  if (i == se->first || i >= se->last || i >= se->first + 5)
    return FALSE;
  for (i++; i < se->last && tok_is_one_of (ctx, i, adverb, G_N_ELEMENTS (adverb)); i++)
    ;
  return i + 1 < se->last &&
         ((tok_is (ctx, i, "one") && tok_is (ctx, i + 1, "of")) || tok_is (ctx, i, "among"));
}

/* Whether a sentence's subject is a gathering or its members at large,
 * whose agenda is not what the event's sides took up between them:
 * "Leaders also discussed security in Afghanistan", "In Munich, delegates
 * from fifty countries discussed …", "At the summit, the three presidents
 * pledged …" about a meeting of two of them, and, for a meeting on the
 * sidelines, "The conference brought together leaders … to discuss …" */
static gboolean
gathering_subject (Ctx      *ctx,
                   Draft    *d,
                   Sentence *se)
{
  static const char *const members[] = {
    "leaders", "delegates", "participants", "delegations", "presidents", "ministers",
    "heads", "premiers",
  };
  static const char *const many[] = { "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
  guint i = se->first;

  /* past an opening "In Munich," or "At the trilateral summit," */
  if (tok_is (ctx, i, "In") || tok_is (ctx, i, "At"))
    for (guint k = i + 1; k < se->last && k < i + 8; k++)
      if (tok_is_char (ctx, k, ','))
        {
          i = k + 1;
          break;
        }
  if (i >= se->last)
    return FALSE;
  /* "Leaders", "Delegates from about fifty countries" */
  if (tok_is_one_of (ctx, i, members, G_N_ELEMENTS (members)))
    return TRUE;
  if (!tok_is (ctx, i, "the"))
    return FALSE;
  /* "the three presidents" when the event has two sides */
  for (guint k = 0; k < G_N_ELEMENTS (many); k++)
    if (tok_is (ctx, i + 1, many[k]))
      return k + 3 > MAX (MAX (d->countries->len + d->more_countries->len, d->persons->len), 2) &&
             tok_is_one_of (ctx, i + 2, members, G_N_ELEMENTS (members));
  /* "The conference, convened by …", "The European Political Community,
   * proposed by …, brought together …": the gathering the sides met on
   * the sidelines of */
  if (d->has_sidelines)
    for (guint k = i + 1; k < se->last && k < i + 5; k++)
      {
        if (cue_at (ctx, k) == CUE_OCCASION || tok_is (ctx, k, "Community"))
          return TRUE;
        if (!(tok (ctx, k)->flags & CH_TOKEN_UPPER))
          break;
      }
  return FALSE;
}

/* "The accord also contains rules …", "The declaration calls for …",
 * "officials said the talks aimed at …": whether the subject of the
 * sentence, or of the clause a speaker's words open, is the text signed
 * or the talks themselves, whose content the sentence then describes */
static gboolean
event_is_subject (Ctx      *ctx,
                  Sentence *se)
{
  static const char *const own[] = {
    "agreement", "agreements", "deal", "deals", "accord", "accords", "declaration",
    "declarations", "treaty", "treaties", "pact", "pacts", "text", "texts", "document",
    "documents", "memorandum", "memoranda", "memorandums", "convention", "communique",
    "statement", "statements", "talks", "meeting", "visit", "summit", "roadmap", "protocol",
    "protocols", "charter", "arrangement", "framework", "plan", "package", "partnership",
    "discussions", "negotiations", "conversation", "call",
  };
  static const char *const det[] = {
    "the", "this", "its", "their", "these", "both", "each", "a", "an", "one", "two", "that",
  };
  static const char *const speech[] = { "said", "says", "told", "stated", "announced", "confirmed" };
  guint start[2] = { se->first, G_MAXUINT };

  /* "Officials said the talks …", "X told reporters that the text …" */
  for (guint i = se->first; i < se->last && start[1] == G_MAXUINT; i++)
    if (tok_is_one_of (ctx, i, speech, G_N_ELEMENTS (speech)))
      for (guint k = i + 1; k < se->last && k < i + 6 && !tok_is_char (ctx, k, ','); k++)
        if (tok_is_one_of (ctx, k, det, G_N_ELEMENTS (det)))
          {
            start[1] = tok_is (ctx, k, "that") ? k + 1 : k;
            break;
          }
  for (guint n = 0; n < G_N_ELEMENTS (start); n++)
    {
      guint i = start[n];

      if (i >= se->last || !tok_is_one_of (ctx, i, det, G_N_ELEMENTS (det)))
        continue;
      for (guint k = i + 1; k < se->last && k < i + 6; k++)
        {
          if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
            break;
          if (tok_is_one_of (ctx, k, own, G_N_ELEMENTS (own)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether a sentence that adds to an event tells what its sides discussed,
 * agreed or signed, and so may give the event topics. News reports wrap
 * the talks in context that shares their vocabulary: the market's day
 * ("Oil prices were little changed in Asian trading"), a third party's
 * view ("Analysts noted that the election …"), what happened before
 * ("Relations had collapsed after …", "joined the initiative in 2017"),
 * what is planned next ("is due to travel on, with drug trafficking
 * expected to dominate the agenda"). None of those is a subject of the
 * talks. */
static gboolean
sentence_tells_subjects (Ctx      *ctx,
                         Draft    *d,
                         guint     s,
                         SentInfo *si)
{
  Sentence *se = sentence (ctx, s);
  gboolean spoken = FALSE;      /* a verb of discussion or agreement */
  gboolean side = FALSE;        /* one of the event's sides acts */
  guint verb = se->last;        /* the first verb of speech: its subject speaks */
  gboolean event = si->meet || si->visit || si->phone || si->sidelines || si->nego ||
                   si->pact || si->sign;

  for (guint i = se->first; i < se->last; i++)
    {
      Cue c = cue_at (ctx, i);

      if (c == CUE_DISCUSS && verb == se->last)
        verb = i;
      if (c == CUE_DISCUSS && !discuss_is_hearsay (ctx, i))
        spoken = TRUE;
      else if (tok_is_one_of (ctx, i, subject_words, G_N_ELEMENTS (subject_words)))
        spoken = TRUE;
      /* "Rubio is due to travel on …, with migration expected to
       * dominate the agenda": a plan, not the talks held */
      if (c == CUE_FUTURE && !spoken && !tok_is (ctx, i, "will") && !tok_is (ctx, i, "would") &&
          !tok_is (ctx, i, "could") && !tok_is (ctx, i, "may") && !tok_is (ctx, i, "might") &&
          !tok_is (ctx, i, "shall"))
        return FALSE;
      /* "the two leaders said …", not "analysts said the two …" */
      if ((c == CUE_TWO || c == CUE_PRONOUN) && verb == se->last)
        side = TRUE;
    }
  /* "Analysts said …", "In Tehran, hardline lawmakers criticised the
   * agreement …", "Business groups welcomed the truce but warned …":
   * bystanders judging the talks, whose words are not their subjects */
  if (third_party_subject (ctx, se))
    return FALSE;
  if (gathering_subject (ctx, d, se))
    return FALSE;
  if (sets_the_scene (ctx, se) || tells_the_relationship (ctx, se))
    return FALSE;
  if (speaks_to_an_audience (ctx, se))
    return FALSE;
  if (ranks_among_others (ctx, se))
    return FALSE;
  /* "Under the deal, …", "Under its terms, …": what the text provides;
   * not "Under former President X, …", a time, nor "Under the 1973
   * treaty, …", an older text */
  if (tok_is (ctx, se->first, "Under") && under_the_text (ctx, se))
    return TRUE;
  if (tok_is (ctx, se->first, "They") || tok_is (ctx, se->first, "Both") ||
      tok_is (ctx, se->first, "It"))
    side = TRUE;
  /* "China has offered loans to …", "Israel has urged …": a country that
   * is none of the event's sides, as the sentence's subject, tells its
   * own doings */
  if (third_country_subject (ctx, d, se))
    return FALSE;
  /* "Tokyo said …", "Egypt agreed …": a side named by its country or
   * capital; "Mexico will deploy …", "The United States commits to …": a
   * side's undertaking, as a readout of the talks lists them */
  {
    static const char *const undertakes[] = {
      "will", "would", "shall", "commits", "committed", "undertakes", "undertook", "pledges",
      "pledged", "promises", "promised", "offers", "offered",
    };
    guint first = tok_is (ctx, se->first, "The") ? se->first + 1 : se->first;
    const Mention *m = mention_starting_at (ctx, first);

    if (m != NULL && m->entry->code != NULL &&
        (cue_at (ctx, first + m->n) == CUE_DISCUSS ||
         tok_is_one_of (ctx, first + m->n, undertakes, G_N_ELEMENTS (undertakes))) &&
        (m->entry->kind == CH_GAZ_COUNTRY || m->entry->kind == CH_GAZ_CITY))
      {
        for (guint k = 0; k < d->countries->len; k++)
          if (strcmp (d->countries->pdata[k], m->entry->code) == 0)
            side = TRUE;
        /* a call's sides are often known only by its people's countries */
        for (guint k = 0; k < d->persons->len; k++)
          {
            Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, k)];

            if (g_strcmp0 (person->country, m->entry->code) == 0)
              side = TRUE;
          }
      }
  }
  for (guint k = 0; k < ctx->pmentions->len && !side; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->first >= se->first && pm->first < verb && draft_has_person (d, pm->person))
        side = TRUE;
    }
  /* a sentence of another time ("in 2017", "last month", "in April last
   * year") tells another happening, unless it says what the sides agreed */
  if (si->date != NULL && !spoken && sentence_date_differs (ctx, si, d))
    return FALSE;
  if (spoken)
    return TRUE;
  /* "Relations had collapsed after …", "have warned Moscow against …":
   * a perfect tense with no verb of the talks tells the background */
  for (guint i = se->first; i + 1 < se->last && !event && !side; i++)
    if (tok_is (ctx, i, "had") || tok_is (ctx, i, "has") || tok_is (ctx, i, "have"))
      {
        guint v = i + 1;

        if (tok_ends_with (ctx, v, "ly") || tok_is (ctx, v, "already") || tok_is (ctx, v, "long") ||
            tok_is (ctx, v, "also") || tok_is (ctx, v, "not") || tok_is (ctx, v, "never"))
          v++;
        if (v < se->last && past_participle (ctx, v))
          return FALSE;
      }
  /* "Oman is India's closest defence partner", "Trade between the two
   * countries is small": with neither a verb of the talks nor one of
   * speech, a sentence whose verb is "to be" states a standing fact about
   * the sides, not something they took up */
  if (!event && verb == se->last && states_a_fact (ctx, se))
    return FALSE;
  /* "said" alone, or a sentence with no verb of the talks: only when
   * one of the event's sides is its actor */
  /* a sentence that names the event, or an agreement, with neither a
   * verb of the talks nor a side as its actor ("Airlines said flights
   * could begin once the agreements take effect", "Officials used the
   * visit to renew their call for investment", "X still opposes the
   * trade agreement") tells what others make of it; it describes the
   * event only when the text or the talks are what it speaks of */
  if (side)
    return TRUE;
  return event && event_is_subject (ctx, se);
}

static gboolean
dates_conflict (const ChDay *a,
                const ChDay *b)
{
  if (a->year == 0 || b->year == 0)
    return FALSE;
  if (a->year != b->year)
    return TRUE;
  if (a->month != 0 && b->month != 0 && a->month != b->month)
    return TRUE;
  if (a->day != 0 && b->day != 0 && a->day != b->day)
    return TRUE;
  return FALSE;
}

/* Whether @d is dated to a month before the report's own: an older
 * event, whatever sentence first told it */
static gboolean
draft_is_older (Ctx   *ctx,
                Draft *d)
{
  const ChDay *doc = &ctx->doc_date;

  if (d->date.year == 0 || doc->year == 0)
    return FALSE;
  if (d->date.year != doc->year)
    return d->date.year < doc->year && !(d->date.month == 12 && doc->month == 1);
  return d->date.month != 0 && doc->month != 0 && d->date.month + 1 < doc->month;
}

/* Whether a later sentence can speak of @d's event: it names one of its
 * people, or no one ("the talks were held in Muscat"), or the event has
 * no people yet ("The treaty was signed in Bishkek by X and Y"); "Biden
 * cancelled his trip to deal with the budget in Washington" speaks of
 * someone else's doings */
static gboolean
sentence_shares_people (Draft    *d,
                        SentInfo *si)
{
  if (si->persons->len == 0 || d->persons->len == 0)
    return TRUE;
  for (guint i = 0; i < si->persons->len; i++)
    if (draft_has_person (d, g_array_index (si->persons, guint, i)))
      return TRUE;
  return FALSE;
}

static void
apply_sentence (Ctx      *ctx,
                Draft    *d,
                guint     s,
                SentInfo *si,
                gboolean  creating)
{
  gboolean shares_people = sentence_shares_people (d, si);

  for (guint i = 0; i < si->persons->len; i++)
    {
      guint p = g_array_index (si->persons, guint, i);

      if (!draft_has_person (d, p))
        g_array_append_val (d->persons, p);
    }
  for (guint i = 0; i < si->sides->len; i++)
    ptr_add_unique (creating ? d->countries : d->more_countries, si->sides->pdata[i]);
  if (si->sidelines)
    d->has_sidelines = TRUE;
  /* "signed the agreement at a ceremony held by video link" */
  if (creating && si->phone && si->signed_now)
    d->remote = TRUE;
  if (creating && si->same_place)
    d->same_place = TRUE;
  /* a visit planned for later does not make these talks a visit */
  if (si->visit && !si->future)
    d->has_visit = TRUE;
  if (si->two)
    d->two = TRUE;
  /* "talks in Oman on Saturday" and then "… led their delegations in
   * Muscat": a city of the country the report already gave says where */
  /* "X had been due to visit, but cancelled the trip to deal with
   * negotiations at home": a plan that fell through gives the event
   * neither its place nor its day */
  /* "commits Canberra to help …" named the capital as a government; the
   * signing "in Rarotonga" told next says where the event was */
  if ((d->location == NULL || (d->location_score <= 1 && si->city_score >= 3)) &&
      si->city != NULL && (creating || !si->future) &&
      (creating || (si->cue_token != G_MAXUINT && si->city_score >= 3 && shares_people) ||
       (si->city_score >= 3 && d->in_country != NULL && g_strcmp0 (si->city_country, d->in_country) == 0)))
    {
      d->location = si->city;
      d->location_country = si->city_country;
      d->location_score = si->city_score;
    }
  /* "since X entered the White House" names a building, not the venue:
   * a later sentence gives the venue only when it reports the event */
  if (d->venue == NULL && si->venue != NULL && (creating || si->cue_token != G_MAXUINT))
    {
      d->venue = si->venue;
      d->venue_city = si->venue_city;
      d->venue_country = si->venue_country;
    }
  if (d->in_country == NULL && si->in_country != NULL && creating)
    d->in_country = si->in_country;
  if (d->occasion == NULL && si->occasion != NULL && (creating || si->cue_token != G_MAXUINT))
    d->occasion = g_steal_pointer (&si->occasion);
  if (creating && si->date == NULL && si->date_open)
    d->date_open = TRUE;
  if (si->date != NULL && d->date.year == 0 && d->date_text == NULL &&
      (creating || (si->cue_token != G_MAXUINT && !si->future)))
    {
      d->date = si->date->day;
      d->date_text = collapse_whitespace (ctx->text + si->date->start, si->date->end - si->date->start);
    }
  /* "After the talks, the leaders dined on …": a sentence that only
   * refers back to the talks tells what followed them, not their subjects */
  if (creating || !si->only_reference || si->discuss)
    {
      Draft *td = si->topic_draft != NULL ? si->topic_draft : d;

      add_topics_and_orgs (ctx, td, s, si->cue_token, creating || sentence_tells_subjects (ctx, td, s, si));
    }
}

static ChEventType
sentence_type (SentInfo *si)
{
  /* "signed a trade agreement at a ceremony held by video link": the
   * link is how the signing was done, no call of its own */
  if (si->phone && !(si->sign && si->pact && si->signed_now && !si->meet && si->phone_token != 0 &&
                     (tok_is (si->ctx, si->phone_token, "video") ||
                      tok_is (si->ctx, si->phone_token, "videoconference"))))
    return CH_EVENT_TYPE_PHONE_CALL;
  if (si->sign && si->pact && !si->meet)
    return CH_EVENT_TYPE_AGREEMENT;
  if (si->sidelines)
    return CH_EVENT_TYPE_THIRD_COUNTRY;
  if (si->nego && !si->meet)
    return CH_EVENT_TYPE_NEGOTIATION;
  if (si->visit)
    return CH_EVENT_TYPE_VISIT;
  return CH_EVENT_TYPE_MEETING;
}

static void
top_countries (Ctx       *ctx,
               GPtrArray *out)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  const char *best[2] = { NULL, NULL };
  guint best_n[2] = { 0, 0 };
  GHashTableIter iter;
  gpointer key, value;

  if (ctx->top_done)
    {
      for (guint i = 0; i < 2; i++)
        if (ctx->top[i] != NULL)
          g_ptr_array_add (out, (gpointer) ctx->top[i]);
      return;
    }
  ctx->top_done = TRUE;

  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, i);
      Sentence *se = sentence (ctx, ctx->sentence_of[m->first]);

      if (m->entry->kind != CH_GAZ_COUNTRY || (se->flags & SENT_IGNORED))
        continue;
      if (m->first > 0 && (tok_is (ctx, m->first - 1, "in") || tok_is (ctx, m->first - 1, "of")) &&
          !(m->entry->flags & CH_GAZ_FLAG_DEMONYM))
        continue;
      value = g_hash_table_lookup (counts, m->entry->code);
      g_hash_table_insert (counts, (gpointer) m->entry->code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);

      if (n > best_n[0] || (n == best_n[0] && best[0] != NULL && strcmp (key, best[0]) < 0))
        {
          best[1] = best[0];
          best_n[1] = best_n[0];
          best[0] = key;
          best_n[0] = n;
        }
      else if (n > best_n[1] || (n == best_n[1] && best[1] != NULL && strcmp (key, best[1]) < 0))
        {
          best[1] = key;
          best_n[1] = n;
        }
    }
  if (best[0] != NULL && best_n[0] >= 2)
    ctx->top[0] = best[0];
  if (best[1] != NULL && best_n[1] >= 2)
    ctx->top[1] = best[1];
  for (guint i = 0; i < 2; i++)
    if (ctx->top[i] != NULL)
      g_ptr_array_add (out, (gpointer) ctx->top[i]);
}

/* The @n countries the document names most often, most named first;
 * fewer when it names fewer */
static void
most_named_countries (Ctx       *ctx,
                      guint      n,
                      GPtrArray *out)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, i);
      Sentence *se = sentence (ctx, ctx->sentence_of[m->first]);
      gpointer value;

      if (m->entry->kind != CH_GAZ_COUNTRY || (se->flags & SENT_IGNORED))
        continue;
      if (m->first > 0 && (tok_is (ctx, m->first - 1, "in") || tok_is (ctx, m->first - 1, "of")) &&
          !(m->entry->flags & CH_GAZ_FLAG_DEMONYM))
        continue;
      value = g_hash_table_lookup (counts, m->entry->code);
      if (value == NULL)
        g_ptr_array_add (codes, (gpointer) m->entry->code);
      g_hash_table_insert (counts, (gpointer) m->entry->code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
    }
  for (guint k = 0; k < n; k++)
    {
      const char *best = NULL;
      guint best_n = 0;

      for (guint c = 0; c < codes->len; c++)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, codes->pdata[c]));

          if (count > best_n || (count == best_n && best != NULL && strcmp (codes->pdata[c], best) < 0))
            {
              best = codes->pdata[c];
              best_n = count;
            }
        }
      if (best == NULL)
        break;
      g_ptr_array_add (out, (gpointer) best);
      g_hash_table_insert (counts, (gpointer) best, GUINT_TO_POINTER (0));
    }
}

/* The number a word spells, "two" to "twelve"; 0 for any other token */
static guint
number_word (Ctx   *ctx,
             guint  i)
{
  static const char *const numbers[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  };

  for (guint q = 0; q < G_N_ELEMENTS (numbers); q++)
    if (tok_is (ctx, i, numbers[q]))
      return q + 2;
  return 0;
}

/* How many sides a sentence counts as a group: "the three countries",
 * "both nations", "the leaders of the two countries"; 0 if none */
static guint
group_of_countries (Ctx   *ctx,
                    guint  first,
                    guint  last)
{
  for (guint i = first; i + 1 < last; i++)
    {
      guint n;

      if (!tok_is (ctx, i + 1, "countries") && !tok_is (ctx, i + 1, "nations") &&
          !tok_is (ctx, i + 1, "governments") && !tok_is (ctx, i + 1, "neighbours") &&
          !tok_is (ctx, i + 1, "neighbors"))
        continue;
      if (tok_is (ctx, i, "both"))
        return 2;
      n = number_word (ctx, i);
      if (n != 0 && n <= 6 && i > first && tok_is (ctx, i - 1, "the"))
        return n;
    }
  return 0;
}

static gboolean
sentence_has_word (Ctx        *ctx,
                   guint       s,
                   const char *word)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    if (tok_is (ctx, i, word))
      return TRUE;
  return FALSE;
}

/* Whether a date says "another time": a year, "last year", "in April" */
static gboolean
date_is_past_marker (Ctx               *ctx,
                     const ChDateMatch *m)
{
  for (guint i = m->first_token; i < m->first_token + m->n_tokens; i++)
    {
      const ChToken *t = tok (ctx, i);

      if ((t->flags & CH_TOKEN_DIGIT) && t->len == 4)
        return TRUE;
      if (tok_is (ctx, i, "year") || tok_is (ctx, i, "month") || tok_is (ctx, i, "ago"))
        return TRUE;
    }
  return FALSE;
}

/* Whether @day lies on @ref or in the @n_days before it (at day
 * precision; a month or year lies there when it is @ref's own) */
static gboolean
day_within_days_before (const ChDay *day,
                        const ChDay *ref,
                        guint        n_days)
{
  g_autoptr(GDate) a = NULL;
  g_autoptr(GDate) b = NULL;
  gint diff;

  g_assert (day != NULL && ref != NULL);

  if (day->year == 0 || ref->year == 0)
    return FALSE;
  if (day->month == 0 || ref->month == 0)
    return day->year == ref->year;
  if (day->day == 0 || ref->day == 0)
    return day->year == ref->year && day->month == ref->month;
  if (!g_date_valid_dmy (day->day, day->month, day->year) ||
      !g_date_valid_dmy (ref->day, ref->month, ref->year))
    return FALSE;
  a = g_date_new_dmy (day->day, day->month, day->year);
  b = g_date_new_dmy (ref->day, ref->month, ref->year);
  diff = g_date_days_between (a, b);
  return diff >= 0 && (guint) diff <= n_days;
}

static gboolean
sentence_date_differs (Ctx      *ctx,
                       SentInfo *si,
                       Draft    *d)
{
  const ChDay *ref = NULL;

  if (si->date == NULL)
    return FALSE;
  /* "returned on Thursday after a trip to Washington", then "met Trump
   * on Wednesday": a day of the same days dates the event, it is no
   * other event */
  if (d->date_open && d->date.year == 0 && d->date_text == NULL)
    return !day_within_days_before (&si->date->day, &ctx->doc_date, 14) &&
           date_is_past_marker (ctx, si->date);
  if (d->date.year != 0)
    ref = &d->date;
  else if (d->date_text == NULL && ctx->doc_date.year != 0)
    ref = &ctx->doc_date;

  if (si->date->day.year != 0 && ref != NULL)
    return dates_conflict (&si->date->day, ref);
  if (!date_is_past_marker (ctx, si->date))
    return FALSE;
  if (d->date_text != NULL)
    {
      g_autofree char *text = collapse_whitespace (ctx->text + si->date->start,
                                                   si->date->end - si->date->start);

      return g_ascii_strcasecmp (text, d->date_text) != 0;
    }
  return si->date->day.year == 0 || ref == NULL;
}

/* "held talks in Addis Ababa the previous day": the day before the
 * report's own event, which the date scanner, knowing only the day the
 * document was written, cannot tell.  Once the report's event is dated
 * to the day, the expression is read from it. */
static void
previous_day_of_the_report (Ctx      *ctx,
                            SentInfo *si,
                            Draft    *main_draft)
{
  ChDateMatch *m = (ChDateMatch *) si->date;

  if (m == NULL || main_draft == NULL || !m->relative || m->n_tokens != 3 ||
      ch_day_get_precision (&main_draft->date) != CH_DATE_PRECISION_DAY ||
      !tok_is (ctx, m->first_token, "the") || !tok_is (ctx, m->first_token + 2, "day") ||
      !(tok_is (ctx, m->first_token + 1, "previous") || tok_is (ctx, m->first_token + 1, "preceding")))
    return;
  m->day = main_draft->date;
  ch_day_add_days (&m->day, -1);
}

/* "X will travel to Y next month, officials said": what someone will do
 * does not make them a participant of the reported event */
static gboolean
future_before (Ctx   *ctx,
               guint  s,
               guint  limit)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < limit && i < se->last; i++)
    if (cue_at (ctx, i) == CUE_FUTURE)
      return TRUE;
  return FALSE;
}

static const char *
person_name (Person *person)
{
  return person->curated != NULL ? person->curated : person->name;
}

/* "Lavrov also met …", "On the sidelines, Modi also met …": the sentence
 * adds a meeting, whichever of its cues comes first */
/* "X also signed the document": the text the report already told, with
 * one more signatory */
static gboolean
pact_told_before (Ctx   *ctx,
                  guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first + 1; i < se->last; i++)
    if (cue_at (ctx, i) == CUE_PACT)
      return tok_is (ctx, i - 1, "the") || tok_is (ctx, i - 1, "this") ||
             tok_is (ctx, i - 1, "that") || tok_is (ctx, i - 1, "these");
  return FALSE;
}

static gboolean
also_before_cue (Ctx   *ctx,
                 guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i + 1 < se->last; i++)
    if (tok_is (ctx, i, "also"))
      {
        Cue c = cue_at (ctx, i + 1);

        if (c == CUE_MEET || c == CUE_VISIT || c == CUE_PHONE || c == CUE_SIGN)
          return TRUE;
        /* "also held bilateral meetings with", "also had separate talks" */
        if (tok_is (ctx, i + 1, "held") || tok_is (ctx, i + 1, "had") || tok_is (ctx, i + 1, "holds"))
          for (guint k = i + 2; k < se->last && k < i + 5; k++)
            {
              if (cue_at (ctx, k) == CUE_MEET)
                return TRUE;
              if (!(tok (ctx, k)->flags & CH_TOKEN_WORD) || (tok (ctx, k)->flags & CH_TOKEN_UPPER))
                break;
            }
      }
  return FALSE;
}

/* "The two sides then signed …", "Later, the leaders watched …": a
 * sentence that tells the next step of the report's own occasion goes on
 * with the report, even after a paragraph of background; not "since
 * then", "by then", nor a sentence that itself speaks of the relationship
 * in general */
static gboolean
continues_the_report (Ctx   *ctx,
                      guint  s,
                      guint  cue)
{
  Sentence *se = sentence (ctx, s);
  gboolean step = FALSE;

  g_assert (cue >= se->first && cue < se->last);

  for (guint i = se->first; i < se->last; i++)
    if (cue_at (ctx, i) == CUE_BACKGROUND || cue_at (ctx, i) == CUE_BACKGROUND_START)
      return FALSE;
  if (tok_is (ctx, se->first, "Later") || tok_is (ctx, se->first, "Afterwards") ||
      tok_is (ctx, se->first, "Then"))
    step = TRUE;
  /* "then signed", "then chaired the signing", "then met": "then"
   * before the verb of the clause that tells the event */
  for (guint i = se->first + 1; i + 1 < cue && !step; i++)
    if (tok_is (ctx, i, "then") &&
        !(tok_is (ctx, i - 1, "since") || tok_is (ctx, i - 1, "by") ||
          tok_is (ctx, i - 1, "until") || tok_is (ctx, i - 1, "till") ||
          tok_is (ctx, i - 1, "from") || tok_is (ctx, i - 1, "and") ||
          tok_is (ctx, i - 1, "the")) &&
        (cue_at (ctx, i + 1) == CUE_SIGN || cue_at (ctx, i + 1) == CUE_MEET ||
         cue_at (ctx, i + 1) == CUE_VISIT || tok_ends_with (ctx, i + 1, "ed")))
      step = TRUE;
  return step;
}

/* "A second treaty provides for …", "Another agreement covers …", "a
 * separate memorandum sets up …": a further text of the occasion, told
 * by what it provides rather than by its signing */
static gboolean
names_another_text (Ctx   *ctx,
                    guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first + 1; i < se->last; i++)
    {
      guint k = i;

      if (cue_at (ctx, i) != CUE_PACT)
        continue;
      /* "a second defence treaty", "another cooperation agreement" */
      while (k > se->first && k + 3 > i && (tok (ctx, k - 1)->flags & CH_TOKEN_LETTERS) &&
             !(tok (ctx, k - 1)->flags & CH_TOKEN_UPPER) &&
             !tok_is (ctx, k - 1, "second") && !tok_is (ctx, k - 1, "third") &&
             !tok_is (ctx, k - 1, "separate") && !tok_is (ctx, k - 1, "further") &&
             !tok_is (ctx, k - 1, "another"))
        k--;
      if (k == se->first)
        continue;
      if (tok_is (ctx, k - 1, "another") || tok_is (ctx, k - 1, "Another"))
        return TRUE;
      if ((tok_is (ctx, k - 1, "second") || tok_is (ctx, k - 1, "third") ||
           tok_is (ctx, k - 1, "separate") || tok_is (ctx, k - 1, "further")) &&
          k - 1 > se->first && (tok_is (ctx, k - 2, "a") || tok_is (ctx, k - 2, "A")))
        return TRUE;
    }
  return FALSE;
}

/* "Premier X also met the visiting leader": when @host is of the
 * country where @d takes place, as one of @d's people is, the one person of @d from another
 * country is the guest the new host met; G_MAXUINT when there is no such
 * single guest */
static guint
guest_of_second_host (Ctx   *ctx,
                      Draft *d,
                      guint  host)
{
  const Person *h = ctx->persons->pdata[host];
  gboolean same_side = FALSE;
  guint guest = G_MAXUINT;

  /* the host is at home: "Indonesia's foreign minister also met
   * business leaders" in Hanoi is the guest's side at work */
  const char *where = d->location_country != NULL ? d->location_country :
                      d->venue_country != NULL ? d->venue_country :
                      d->in_country != NULL ? d->in_country : ctx->dateline_country;

  /* "Governor-General X": an office the report gives without its
   * country is one of the country where the event is */
  if (where == NULL || (h->country != NULL && strcmp (h->country, where) != 0) ||
      (h->country == NULL && h->role == NULL))
    return G_MAXUINT;
  for (guint q = 0; q < d->persons->len; q++)
    {
      guint k = g_array_index (d->persons, guint, q);
      const Person *p = ctx->persons->pdata[k];

      if (p->country == NULL)
        continue;
      if (strcmp (p->country, where) == 0)
        same_side = TRUE;
      else if (guest == G_MAXUINT)
        guest = k;
      else if (guest != k)
        return G_MAXUINT;
    }
  return same_side ? guest : G_MAXUINT;
}

/* "…, and X called on President Z at his residence": when the one person
 * of sentence @s new to @d is a host of the country where @d is, and the
 * person named right before the verb of meeting that comes before that
 * host is @d's guest, keeps only the two in @persons and returns the
 * guest; G_MAXUINT otherwise */
static guint
clause_guest_of_new_host (Ctx    *ctx,
                          Draft  *d,
                          guint   s,
                          GArray *persons)
{
  Sentence *se = sentence (ctx, s);
  const PersonMention *host = NULL;
  guint subject = G_MAXUINT;
  guint cue = G_MAXUINT;

  for (guint k = 0; k < ctx->pmentions->len && host == NULL; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->first >= se->first && pm->first < se->last && !draft_has_person (d, pm->person))
        host = pm;
    }
  if (host == NULL)
    return G_MAXUINT;
  for (guint i = host->first; i > se->first + 1 && cue == G_MAXUINT; i--)
    if (cue_at (ctx, i - 1) == CUE_MEET || cue_at (ctx, i - 1) == CUE_VISIT)
      cue = i - 1;
  if (cue == G_MAXUINT)
    return G_MAXUINT;
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      /* "X called on", "X also met", "X later called on" */
      if (pm->first >= se->first && pm->first + pm->n <= cue &&
          (pm->first + pm->n == cue ||
           (pm->first + pm->n + 1 == cue &&
            (tok_is (ctx, cue - 1, "also") || tok_is (ctx, cue - 1, "later") ||
             tok_is (ctx, cue - 1, "then")))))
        subject = pm->person;
    }
  if (subject == G_MAXUINT || !draft_has_person (d, subject) ||
      guest_of_second_host (ctx, d, host->person) != subject)
    return G_MAXUINT;
  g_array_set_size (persons, 0);
  g_array_append_val (persons, subject);
  g_array_append_val (persons, host->person);
  return subject;
}

/* "In the evening he met …", "After the ceremony, she called …": the
 * subject is a pronoun behind an opening phrase that names no one */
static gboolean
pronoun_after_opener (Ctx   *ctx,
                      guint  s,
                      guint  cue)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last && i < cue && i < se->first + 8; i++)
    {
      if (person_starts_at (ctx, i) && cue_at (ctx, i) != CUE_PRONOUN)
        return FALSE;
      if (cue_at (ctx, i) == CUE_PRONOUN)
        return i + 1 == cue || (i + 2 == cue && tok_is (ctx, i + 1, "also"));
    }
  return FALSE;
}

/* "In the evening, …", "That afternoon …": a later hour of the report's
 * day, whose talks are other talks */
static gboolean
opens_with_later_hour (Ctx   *ctx,
                       guint  s)
{
  static const char *const hours[] = { "evening", "afternoon", "night" };
  Sentence *se = sentence (ctx, s);
  guint i = se->first;

  if (i + 2 < se->last && (tok_is (ctx, i, "In") || tok_is (ctx, i, "Later")) &&
      tok_is (ctx, i + 1, "the") && tok_is_one_of (ctx, i + 2, hours, G_N_ELEMENTS (hours)))
    return TRUE;
  if (i + 1 < se->last && tok_is (ctx, i, "That") &&
      tok_is_one_of (ctx, i + 1, hours, G_N_ELEMENTS (hours)))
    return TRUE;
  return FALSE;
}

static guint
draft_distinct_people (Ctx   *ctx,
                       Draft *d)
{
  guint n = 0;

  /* a draft names a handful of people: comparing each name with the ones
   * before it costs less than a hash table per call */
  for (guint i = 0; i < d->persons->len; i++)
    {
      const Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, i)];
      const char *name = person->curated != NULL ? person->curated : person->name;
      gboolean seen = FALSE;

      for (guint k = 0; k < i && !seen; k++)
        {
          const Person *other = ctx->persons->pdata[g_array_index (d->persons, guint, k)];

          seen = strcmp (other->curated != NULL ? other->curated : other->name, name) == 0;
        }
      if (!seen)
        n++;
    }
  return n;
}

/* Keeps of @persons those named in sentence @s from token @from on:
 * "Abiy accepted the agreement signed in 2000" names no signatory. */
static void
keep_persons_after (Ctx    *ctx,
                    guint   s,
                    guint   from,
                    GArray *persons)
{
  Sentence *se = sentence (ctx, s);

  for (guint q = persons->len; q > 0; q--)
    {
      guint p = g_array_index (persons, guint, q - 1);
      gboolean after = FALSE;

      for (guint k = 0; k < ctx->pmentions->len && !after; k++)
        {
          const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

          if (pm->person == p && pm->first >= from && pm->first < se->last)
            after = TRUE;
        }
      if (!after)
        g_array_remove_index (persons, q - 1);
    }
}

/* "X was received by Y", "was greeted with an embrace by Y": a visitor's
 * reception told in the passive */
static gboolean
passive_reception (Ctx   *ctx,
                   guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first + 1; i < se->last; i++)
    if ((tok_is (ctx, i, "received") || tok_is (ctx, i, "greeted") || tok_is (ctx, i, "welcomed")) &&
        (tok_is (ctx, i - 1, "was") || tok_is (ctx, i - 1, "were") ||
         (i > se->first + 1 && (tok_is (ctx, i - 2, "was") || tok_is (ctx, i - 2, "were")))))
      for (guint k = i + 1; k < se->last && k < i + 6; k++)
        if (tok_is (ctx, k, "by"))
          return TRUE;
  return FALSE;
}

/* "X joined the talks", "Y later joined the meeting": people who came to
 * talks already reported */
static gboolean
joins_the_talks (Ctx   *ctx,
                 guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i + 2 < se->last; i++)
    if ((tok_is (ctx, i, "joined") || tok_is (ctx, i, "join")) &&
        (tok_is (ctx, i + 1, "the") || tok_is (ctx, i + 1, "these") || tok_is (ctx, i + 1, "those")) &&
        (cue_at (ctx, i + 2) == CUE_MEET || cue_at (ctx, i + 2) == CUE_NEGOTIATION))
      return TRUE;
  /* "the two leaders met at the residence, joined by X and Y": the pair
   * the report already has, with the people who sat in */
  if (cue_at (ctx, se->first) == CUE_PRONOUN ||
      (tok_is (ctx, se->first, "The") && tok_is (ctx, se->first + 1, "two")))
    for (guint i = se->first; i + 1 < se->last; i++)
      if ((tok_is (ctx, i, "joined") || tok_is (ctx, i, "accompanied")) && tok_is (ctx, i + 1, "by"))
        {
          for (guint k = 0; k < ctx->pmentions->len; k++)
            {
              const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

              if (pm->first >= se->first && pm->first < i)
                return FALSE;
            }
          return TRUE;
        }
  return FALSE;
}

/* Whether a sentence speaks of a text that was concluded: "the treaty
 * commits …", not "on which no agreement was reached" */
static gboolean
tells_of_pact (Ctx   *ctx,
               guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    if (cue_at (ctx, i) == CUE_PACT &&
        !(i > se->first && cue_at (ctx, i - 1) == CUE_NEGATION))
      return TRUE;
  return FALSE;
}

/* "They cover petrochemicals and railways", "The largest is a plan for
 * a refinery; others cover mining and sport", "Most concern health":
 * after a signing, a sentence whose subject points back to the texts
 * signed and whose verb tells their content describes the texts */
static gboolean
describes_the_texts (Ctx   *ctx,
                     guint  s)
{
  static const char *const back[] = {
    "They", "These", "Those", "Others", "Another", "One", "Most", "All", "Some", "Several",
    "Many", "Each",
  };
  static const char *const which[] = {
    "largest", "biggest", "first", "second", "third", "other", "others", "rest", "main",
    "remaining", "latter", "former",
  };
  static const char *const content[] = {
    "cover", "covers", "covered", "include", "includes", "included", "concern", "concerns",
    "concerned", "provide", "provides", "range", "ranges", "involve", "involves", "envisage",
    "envisages", "deal", "deals", "relate", "relates",
  };
  Sentence *se = sentence (ctx, s);
  guint i = se->first;

  if (!tok_is_one_of (ctx, i, back, G_N_ELEMENTS (back)) &&
      !(tok_is (ctx, i, "The") && i + 1 < se->last && tok_is_one_of (ctx, i + 1, which, G_N_ELEMENTS (which))))
    return FALSE;
  for (; i < se->last; i++)
    {
      if (cue_at (ctx, i) == CUE_DISCUSS)
        return FALSE;
      if (tok_is_one_of (ctx, i, content, G_N_ELEMENTS (content)))
        return TRUE;
    }
  return FALSE;
}

/* The signing reported beside the talks or visit @d, on its occasion;
 * @d itself when there is none */
static Draft *
occasion_agreement (Ctx   *ctx,
                    Draft *d)
{
  for (guint q = ctx->drafts->len; q > 0; q--)
    {
      Draft *o = ctx->drafts->pdata[q - 1];

      if (o != d && o->type == CH_EVENT_TYPE_AGREEMENT && !o->side && !o->background &&
          (o->same_day || d->same_day))
        return o;
    }
  return d;
}

/* Adds, beside @d, the other event its sentence reports: the talks or
 * the visit beside a signing, or the signing beside them. */
/* "the two leaders witnessed the signing", "as the three leaders looked
 * on", "during which they witnessed the signing": the people of the
 * report, named by their number or a pronoun, attend a signing that others
 * sign. Not "witnessed by X", whose witnesses are named. */
static gboolean
witnessed_by_pair (Ctx   *ctx,
                   guint  s)
{
  Sentence *se = sentence (ctx, s);

  /* "signed … in the presence of the two leaders", "watched by both
   * presidents": the report's pair, named by their number */
  for (guint i = se->first; i + 3 < se->last; i++)
    if (((tok_is (ctx, i, "presence") && tok_is (ctx, i + 1, "of")) ||
         ((tok_is (ctx, i, "watched") || tok_is (ctx, i, "witnessed")) && tok_is (ctx, i + 1, "by"))) &&
        (cue_at (ctx, i + 2) == CUE_TWO || tok_is (ctx, i + 2, "both") ||
         (tok_is (ctx, i + 2, "the") && (cue_at (ctx, i + 3) == CUE_TWO || tok_is (ctx, i + 3, "two")))))
      return TRUE;
  return FALSE;
}

static gboolean
group_witnesses (Ctx   *ctx,
                 guint  s)
{
  Sentence *se = sentence (ctx, s);

  if (witnessed_by_pair (ctx, s))
    return TRUE;
  if (!range_may_have_class (ctx, se->first, se->last, WORD_WITNESS))
    return FALSE;
  for (guint i = se->first; i < se->last; i++)
    {
      gboolean verb = FALSE;

      if (!tok_has_class (ctx, i, WORD_WITNESS))
        continue;
      if ((tok_is (ctx, i, "witnessed") || tok_is (ctx, i, "witness") ||
           tok_is (ctx, i, "witnessing") || tok_is (ctx, i, "attended") ||
           tok_is (ctx, i, "watched")) &&
          !tok_is (ctx, i + 1, "by") && !(tok (ctx, i)->flags & CH_TOKEN_UPPER))
        verb = TRUE;
      if ((tok_is (ctx, i, "looked") || tok_is (ctx, i, "looking")) && tok_is (ctx, i + 1, "on"))
        verb = TRUE;
      if (!verb)
        continue;
      /* the subject, a few words before the verb */
      for (guint k = i > se->first + 6 ? i - 6 : se->first; k < i; k++)
        {
          if (tok_is_char (ctx, k, ',') && k + 1 < i && !tok_is (ctx, k + 1, "during") &&
              !tok_is (ctx, k + 1, "as") && !tok_is (ctx, k + 1, "after") && !tok_is (ctx, k + 1, "where"))
            continue;
          if (cue_at (ctx, k) == CUE_TWO || tok_is (ctx, k, "they") ||
              ((tok_is (ctx, k, "leaders") || tok_is (ctx, k, "presidents") ||
                tok_is (ctx, k, "ministers")) && k > se->first &&
               (tok_is (ctx, k - 1, "the") || tok_is (ctx, k - 1, "both") ||
                tok_is (ctx, k - 1, "three") || tok_is (ctx, k - 1, "four"))))
            return TRUE;
        }
    }
  return FALSE;
}

static void
add_companion_draft (Ctx      *ctx,
                     Draft    *d,
                     guint     s,
                     SentInfo *si)
{
  Draft *e;
  gboolean agreement = d->type == CH_EVENT_TYPE_AGREEMENT;

  g_assert (d != NULL && si != NULL);

  if (!(si->sign && si->pact && si->signed_now && (si->meet || si->visit)))
    return;
  /* one of each for the occasion */
  for (guint q = 0; q < ctx->drafts->len; q++)
    {
      Draft *o = ctx->drafts->pdata[q];

      if (o != d && !o->side && !o->background && (o->type == CH_EVENT_TYPE_AGREEMENT) != agreement)
        return;
    }

  e = draft_new (s);
  if (agreement)
    e->type = si->sidelines ? CH_EVENT_TYPE_THIRD_COUNTRY :
              si->visit ? CH_EVENT_TYPE_VISIT : CH_EVENT_TYPE_MEETING;
  else
    e->type = CH_EVENT_TYPE_AGREEMENT;
  e->same_day = TRUE;
  apply_sentence (ctx, e, s, si, TRUE);
  if (e->occasion == NULL && d->occasion != NULL)
    e->occasion = g_strdup (d->occasion);
  e->date_open = d->date_open;
  g_ptr_array_add (ctx->drafts, e);
}

/* "Before the signing, the two leaders discussed …", "In talks ahead of
 * the signing, …", "The signing followed a summit at which …", "signed the
 * treaty after talks in the capital": talks held beside the signing that
 * the report is about, told by their place in time next to it */
static gboolean
talks_beside_signing (Ctx      *ctx,
                      guint     s,
                      SentInfo *si)
{
  Sentence *se = sentence (ctx, s);
  gboolean talks = si->discuss;

  g_assert (si != NULL);

  if (si->future || si->negated)
    return FALSE;
  for (guint i = se->first; i < se->last && !talks; i++)
    talks = cue_at (ctx, i) == CUE_MEET ||
            tok_is (ctx, i, "summit") || tok_is (ctx, i, "talks");
  if (!talks)
    return FALSE;
  for (guint i = se->first; i < se->last; i++)
    {
      if (!tok_is (ctx, i, "signing") && !tok_is (ctx, i, "ceremony"))
        continue;
      /* "before the signing", "ahead of the signing ceremony" */
      for (guint k = i > se->first + 4 ? i - 4 : se->first; k < i; k++)
        if (tok_is (ctx, k, "before") || tok_is (ctx, k, "ahead") || tok_is (ctx, k, "prior"))
          return TRUE;
      /* "the signing followed a summit", "the ceremony came after talks",
       * "was preceded by talks" */
      if (tok_is (ctx, i + 1, "followed") ||
          (tok_is (ctx, i + 1, "came") && tok_is (ctx, i + 2, "after")) ||
          (tok_is (ctx, i + 1, "was") && tok_is (ctx, i + 2, "preceded")))
        return TRUE;
    }
  /* the signing's own sentence: "signed the treaty after talks in the
   * capital", "following their talks"; not "after the talks", which
   * refers back to talks already told */
  if (si->sign && si->pact && si->signed_now)
    for (guint i = se->first; i + 1 < se->last; i++)
      if ((tok_is (ctx, i, "after") || tok_is (ctx, i, "following")) &&
          (tok_is (ctx, i + 1, "talks") ||
           ((tok_is (ctx, i + 1, "their") || tok_is (ctx, i + 1, "his") || tok_is (ctx, i + 1, "her")) &&
            i + 2 < se->last && (tok_is (ctx, i + 2, "talks") || tok_is (ctx, i + 2, "meeting") ||
                                 tok_is (ctx, i + 2, "summit")))))
        {
          /* "concluded after talks hosted by China": a mediator's talks
           * are the way to the pact, no visit between the sides */
          gboolean mediated = FALSE;

          for (guint k = i + 2; k < se->last && k < i + 6; k++)
            if (tok_is (ctx, k, "hosted") || tok_is (ctx, k, "mediated") ||
                tok_is (ctx, k, "brokered") || tok_is (ctx, k, "facilitated"))
              mediated = TRUE;
          if (!mediated)
            return TRUE;
        }
  return FALSE;
}

/* Adds the talks told beside the signing @d (see talks_beside_signing())
 * when the report has no talks or visit of the occasion yet; returns the
 * new event or NULL */
static Draft *
add_talks_draft (Ctx      *ctx,
                 Draft    *d,
                 guint     s,
                 SentInfo *si)
{
  Draft *e;

  g_assert (d != NULL && si != NULL);

  if (d->type != CH_EVENT_TYPE_AGREEMENT || d->side || d->background)
    return NULL;
  for (guint q = 0; q < ctx->drafts->len; q++)
    {
      Draft *o = ctx->drafts->pdata[q];

      if (o != d && !o->side && !o->background && o->type != CH_EVENT_TYPE_AGREEMENT)
        return NULL;
    }
  if (!talks_beside_signing (ctx, s, si))
    return NULL;

  e = draft_new (s);
  e->type = si->sidelines ? CH_EVENT_TYPE_THIRD_COUNTRY : CH_EVENT_TYPE_MEETING;
  /* talks held where one side is at home are that side's visit by the
   * other (finish_draft() makes them a meeting in a third country) */
  e->has_visit = TRUE;
  e->same_day = TRUE;
  e->date_open = d->date_open;
  if (d->occasion != NULL)
    e->occasion = g_strdup (d->occasion);
  g_ptr_array_add (ctx->drafts, e);
  return e;
}

/* The talks that the sentence of signing @d told beside it ("signed …
 * after talks at the palace"), or %NULL */
static Draft *
talks_beside (Ctx   *ctx,
              Draft *d)
{
  for (guint q = 0; q < ctx->drafts->len; q++)
    {
      Draft *o = ctx->drafts->pdata[q];

      if (o != d && o->sentence == d->sentence && o->same_day && !o->side && !o->background &&
          o->type != CH_EVENT_TYPE_AGREEMENT)
        return o;
    }
  return NULL;
}

/* Gives @d the city @from has, with its country and how sure it is */
static void
draft_take_location (Draft       *d,
                     const Draft *from)
{
  d->location = from->location;
  d->location_country = from->location_country;
  d->location_score = from->location_score;
}

/* Gives @d the venue @from has, with its city and country */
static void
draft_take_venue (Draft       *d,
                  const Draft *from)
{
  d->venue = from->venue;
  d->venue_city = from->venue_city;
  d->venue_country = from->venue_country;
}

/* Sets the place of @d to the city or venue @place */
static void
draft_set_place (Draft            *d,
                 const ChGazEntry *place)
{
  g_assert (place != NULL);

  if (place->kind == CH_GAZ_VENUE)
    {
      d->venue = place->name;
      d->venue_city = place->extra;
      d->venue_country = place->code;
      d->location = NULL;
      d->location_country = NULL;
      d->location_score = 0;
    }
  else
    {
      d->venue = NULL;
      d->venue_city = NULL;
      d->venue_country = NULL;
      d->location = place->name;
      d->location_country = place->code;
      d->location_score = 3;
    }
}

/* Whether @role is a head of state or government's, by the rank the title
 * list gives it ("President", "Prime Minister", "King", "General
 * Secretary"…), not a minister's; not a consort's ("Queen", "Princess") */
static gboolean
leader_office (Ctx        *ctx,
               const char *role)
{
  const ChGazEntry *title;

  if (role == NULL || strstr (role, "Queen") != NULL || strstr (role, "Princess") != NULL)
    return FALSE;
  title = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_TITLE, role);
  return title != NULL && title->extra != NULL &&
         (strcmp (title->extra, "head_of_state") == 0 || strcmp (title->extra, "head_of_government") == 0 ||
          strcmp (title->extra, "royal") == 0);
}

/* The other one of the talks split_paired_counterparts() split that
 * holds both of @persons, two people, when @current does not; or %NULL */
static Draft *
split_draft_of_pair (Ctx          *ctx,
                     const Draft  *current,
                     const GArray *persons)
{
  if (current == NULL || persons->len != 2)
    return NULL;
  if (draft_has_person (current, g_array_index (persons, guint, 0)) &&
      draft_has_person (current, g_array_index (persons, guint, 1)))
    return NULL;
  for (guint q = 0; q < ctx->drafts->len; q++)
    {
      Draft *e = ctx->drafts->pdata[q];

      if (e != current && e->split && !e->side && !e->background && e->persons->len == 2 &&
          e->type != CH_EVENT_TYPE_AGREEMENT && e->type != CH_EVENT_TYPE_PHONE_CALL &&
          draft_has_person (e, g_array_index (persons, guint, 0)) &&
          draft_has_person (e, g_array_index (persons, guint, 1)))
        return e;
    }
  return NULL;
}

/* "He also met General Secretary X and President Y", "held bilateral
 * meetings with the presidents of A and B": one visitor and several
 * office holders of other countries, named after one verb, are talks one
 * by one, unless the sentence tells of a table they shared ("trilateral",
 * "jointly", "the three leaders") */
static gboolean
separate_counterparts (Ctx          *ctx,
                       const GArray *subjects,
                       guint         s,
                       const guint  *objects,
                       guint         n_objects)
{
  static const char *const together[] = {
    "trilateral", "joint", "jointly", "together", "three", "four", "quadrilateral", "all",
    "group", "delegations", "families", "couple", "wives",
  };
  Sentence *se = sentence (ctx, s);
  const char *visitor_country;
  gboolean one_to_one = FALSE;

  for (guint i = se->first; i < se->last; i++)
    {
      if (tok_is_one_of (ctx, i, together, G_N_ELEMENTS (together)))
        return FALSE;
      one_to_one = one_to_one || tok_is (ctx, i, "bilateral") || tok_is (ctx, i, "separate") ||
                   tok_is (ctx, i, "separately") || tok_is (ctx, i, "each") ||
                   cue_at (ctx, i) == CUE_SIDELINES;
    }
  if (subjects->len != 1)
    return FALSE;
  visitor_country = ((const Person *) ctx->persons->pdata[g_array_index (subjects, guint, 0)])->country;
  if (visitor_country == NULL)
    return FALSE;
  for (guint q = 0; q < n_objects; q++)
    {
      const Person *person = ctx->persons->pdata[objects[q]];

      if (person->country == NULL || strcmp (person->country, visitor_country) == 0 ||
          person->org_official || person->spokesperson || !leader_office (ctx, person->role))
        return FALSE;
      /* leaders of several countries met at once are a table of three,
       * unless the sentence says the talks were one to one ("bilateral
       * meetings", "separately", "on the sidelines") */
      if (strcmp (person->country, ((const Person *) ctx->persons->pdata[objects[0]])->country) != 0 &&
          !one_to_one)
        return FALSE;
    }
  /* the names follow one another ("X and President Y", "X, Y and Z"),
   * not "held talks with X, and had challenged Y to meet him" */
  {
    guint prev_end = G_MAXUINT;
    guint q = 0;

    for (guint k = 0; k < ctx->pmentions->len && q < n_objects; k++)
      {
        const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
        guint start;

        if (pm->first < se->first || pm->first >= se->last || pm->person != objects[q])
          continue;
        start = pm->context < pm->first ? pm->context : pm->first;
        /* a verb of meeting before the first ("met", "held talks with",
         * "received"), not "travelled to Abuja with X and Y" */
        if (q == 0)
          {
            gboolean meets = FALSE;

            for (guint i = se->first; i < start && !meets; i++)
              meets = cue_at (ctx, i) == CUE_MEET || tok_is (ctx, i, "received") ||
                      tok_is (ctx, i, "hosted") || tok_is (ctx, i, "call");
            if (!meets)
              return FALSE;
          }
        for (guint i = prev_end; q > 0 && i < start; i++)
          {
            const ChToken *t = tok (ctx, i);

            if ((t->flags & CH_TOKEN_WORD) && !(t->flags & CH_TOKEN_UPPER) && mention_at (ctx, i) == NULL &&
                !tok_is (ctx, i, "and") && !tok_is (ctx, i, "the") && !tok_is (ctx, i, "of") &&
                !tok_is (ctx, i, "with") && !tok_is (ctx, i, "his") && !tok_is (ctx, i, "her") &&
                !tok_is (ctx, i, "its") && !tok_is (ctx, i, "their") && !tok_is (ctx, i, "also"))
              return FALSE;
          }
        prev_end = pm->first + pm->n;
        q++;
      }
    if (q < n_objects)
      return FALSE;
  }
  return TRUE;
}

/* "met the President at the Quirinal and the Prime Minister at Palazzo
 * Chigi", "travelled to Paris and Berlin for talks with Macron and
 * Scholz": one sentence tells talks with two counterparts, each at a place
 * of their own, the place right after the name or the city of the
 * counterpart's country. Each counterpart's talks are an event with the
 * sentence's other people; returns whether @d was split. */
static gboolean
split_paired_counterparts (Ctx      *ctx,
                           Draft    *d,
                           guint     s,
                           SentInfo *si)
{
  Sentence *se = sentence (ctx, s);
  guint objects[6];
  const ChGazEntry *places[6];
  const ChGazEntry *cities[6];
  gboolean own_verb[6];
  guint n_objects = 0;
  guint n_cities = 0;
  guint prev_end = 0;
  gboolean all_own_verb = TRUE;
  g_autoptr(GArray) subjects = NULL;

  g_assert (si != NULL);

  if (si->cue_token == G_MAXUINT || d->persons->len < 3 || d->type == CH_EVENT_TYPE_PHONE_CALL ||
      d->type == CH_EVENT_TYPE_AGREEMENT)
    return FALSE;

  /* the counterparts: people of the event named after the cue word, and
   * the place that follows each name ("X at the Y") */
  for (guint k = 0; k < ctx->pmentions->len && n_objects < G_N_ELEMENTS (objects); k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      gboolean seen = FALSE;
      guint j;
      const Mention *m;

      if (pm->first <= si->cue_token || pm->first >= se->last || !draft_has_person (d, pm->person))
        continue;
      for (guint q = 0; q < n_objects; q++)
        seen = seen || objects[q] == pm->person;
      if (seen)
        continue;
      objects[n_objects] = pm->person;
      places[n_objects] = NULL;
      /* "held talks with A, and met B": a counterpart after the first
       * one with a verb of meeting of its own, in a clause of the same
       * subject (not "A, who met B") */
      own_verb[n_objects] = FALSE;
      for (guint c = prev_end; n_objects > 0 && c < pm->first; c++)
        {
          if (tok_is (ctx, c, "who") || tok_is (ctx, c, "whom") || tok_is (ctx, c, "which") ||
              tok_is (ctx, c, "whose"))
            break;
          if ((cue_at (ctx, c) == CUE_MEET || cue_at (ctx, c) == CUE_VISIT) &&
              c > prev_end && (tok_is (ctx, c - 1, "and") || tok_is (ctx, c - 1, "then") ||
                               tok_is (ctx, c - 1, "also") || tok_is (ctx, c - 1, "later")))
            own_verb[n_objects] = TRUE;
        }
      if (n_objects > 0 && !own_verb[n_objects])
        all_own_verb = FALSE;
      prev_end = pm->first + pm->n;
      j = pm->first + pm->n;
      if (j < se->last && (tok_is (ctx, j, "at") || tok_is (ctx, j, "in")))
        {
          j++;
          if (j < se->last && tok_is (ctx, j, "the"))
            j++;
          m = j < se->last ? mention_starting_at (ctx, j) : NULL;
          if (m != NULL && (m->entry->kind == CH_GAZ_CITY || m->entry->kind == CH_GAZ_VENUE))
            places[n_objects] = m->entry;
        }
      n_objects++;
    }
  if (n_objects < 2)
    return FALSE;

  /* "to Paris and Berlin": the cities the sentence goes to, each the
   * place of the counterpart of its country */
  for (guint i = se->first + 1; i < se->last && n_cities < G_N_ELEMENTS (cities); i++)
    {
      const Mention *m = mention_starting_at (ctx, i);

      if (m != NULL && m->entry->kind == CH_GAZ_CITY &&
          (tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "and") ||
           tok_is_char (ctx, i - 1, ',')))
        cities[n_cities++] = m->entry;
    }
  for (guint q = 0; q < n_objects; q++)
    {
      const Person *person = ctx->persons->pdata[objects[q]];
      const ChGazEntry *found = NULL;
      guint n_found = 0;

      if (places[q] != NULL || n_cities < 2 || person->country == NULL)
        continue;
      for (guint c = 0; c < n_cities; c++)
        if (g_strcmp0 (cities[c]->code, person->country) == 0 && cities[c] != found)
          {
            found = cities[c];
            n_found++;
          }
      if (n_found == 1)
        places[q] = found;
    }

  subjects = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < d->persons->len; i++)
    {
      guint p = g_array_index (d->persons, guint, i);
      gboolean object = FALSE;

      for (guint q = 0; q < n_objects; q++)
        object = object || objects[q] == p;
      if (!object)
        g_array_append_val (subjects, p);
    }
  if (subjects->len == 0)
    return FALSE;

  /* every counterpart has a place, and no two the same; or each has a
   * verb of its own; or they are hosts met one by one */
  if (!all_own_verb && separate_counterparts (ctx, subjects, s, objects, n_objects))
    all_own_verb = TRUE;
  for (guint q = 0; q < n_objects && !all_own_verb; q++)
    {
      if (places[q] == NULL)
        return FALSE;
      for (guint r = 0; r < q; r++)
        if (places[r] == places[q] || g_strcmp0 (places[r]->name, places[q]->name) == 0)
          return FALSE;
    }

  for (guint q = 1; q < n_objects; q++)
    {
      Draft *e = draft_new (s);

      e->type = d->type;
      e->side = d->side;
      e->background = d->background;
      e->same_day = !d->side && !d->background;
      e->has_visit = d->has_visit;
      e->has_sidelines = d->has_sidelines;
      e->date = d->date;
      e->date_text = g_strdup (d->date_text);
      e->date_open = d->date_open;
      e->occasion = g_strdup (d->occasion);
      e->in_country = d->in_country;
      g_array_append_vals (e->persons, subjects->data, subjects->len);
      g_array_append_val (e->persons, objects[q]);
      for (guint t = 0; t < d->topics->len; t++)
        g_ptr_array_add (e->topics, d->topics->pdata[t]);
      for (guint t = 0; t < d->orgs->len; t++)
        g_ptr_array_add (e->orgs, d->orgs->pdata[t]);
      e->split = TRUE;
      if (places[q] != NULL)
        draft_set_place (e, places[q]);
      else
        {
          /* talks told without a place of their own are where the
           * sentence's first ones are */
          draft_take_location (e, d);
          draft_take_venue (e, d);
        }
      g_ptr_array_add (ctx->drafts, e);
    }
  d->split = TRUE;
  g_array_set_size (d->persons, 0);
  g_array_append_vals (d->persons, subjects->data, subjects->len);
  g_array_append_val (d->persons, objects[0]);
  if (places[0] != NULL)
    draft_set_place (d, places[0]);
  return TRUE;
}

/* "visited Beijing in March 2016 and signed a transit agreement": an
 * earlier visit or meeting and the signing at it are two events, like
 * the report's own (see add_companion_draft()) */
/* "the first visit to Fiji by an Indian leader since Indira Gandhi came
 * in 1981", "the first state visit since Ghana's John Kufuor in 2008",
 * "50 years since X became the first premier to visit China, in 1973":
 * the earlier visit of someone the report names, told beside the one it
 * reports, is an event of its own */
static void
add_visit_since (Ctx      *ctx,
                 guint     s,
                 SentInfo *si)
{
  Sentence *se = sentence (ctx, s);
  guint since = G_MAXUINT;
  gboolean first_word = FALSE, visit_word = FALSE;
  const ChDateMatch *when = NULL;
  g_autoptr(GArray) persons = NULL;
  Draft *d;

  /* "since" first: most sentences have none, and then one compare per
   * token settles them instead of six */
  for (guint i = se->first; i < se->last && since == G_MAXUINT; i++)
    if (tok_is (ctx, i, "since"))
      since = i;
  if (since == G_MAXUINT)
    return;
  for (guint i = se->first; i < se->last && !(first_word && visit_word); i++)
    {
      if (tok_is (ctx, i, "first") || tok_is (ctx, i, "last"))
        first_word = TRUE;
      if (cue_at (ctx, i) == CUE_VISIT || tok_is (ctx, i, "visit") || tok_is (ctx, i, "came") ||
          tok_is (ctx, i, "trip"))
        visit_word = TRUE;
    }
  if (!first_word || !visit_word)
    return;
  /* the one named right after "since", or after his country's name */
  {
    guint k = since + 1;
    const Mention *m = mention_starting_at (ctx, k);

    if (m != NULL && is_country_mention (m) && (tok (ctx, k + m->n)->flags & CH_TOKEN_POSSESSIVE))
      k += m->n + 1;
    if (!person_starts_at (ctx, k))
      return;
    persons = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint q = 0; q < ctx->pmentions->len && persons->len == 0; q++)
      {
        const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, q);

        if (pm->first <= k && pm->first + pm->n > k)
          g_array_append_val (persons, pm->person);
      }
    if (persons->len != 1)
      return;
  }
  /* a year or a month of it after "since", which the reported event does
   * not take */
  for (guint d_i = 0; d_i < ctx->dates->len; d_i++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d_i);

      if (m->first_token >= se->last)
        break;
      if (m->first_token > since && m->day.year != 0 && m->day.day == 0)
        {
          when = m;
          break;
        }
    }
  if (when == NULL || si->date == when)
    return;
  /* "since X in 2008", "since X came in 1981", "since X became the first
   * to visit"; not "since Modi began his third term" */
  {
    gboolean went = TRUE;
    guint k = since + 1;

    while (k < when->first_token && (person_starts_at (ctx, k) || is_name_token (ctx, k) ||
                                     (tok (ctx, k)->flags & CH_TOKEN_POSSESSIVE) ||
                                     is_country_mention (mention_at (ctx, k))))
      k++;
    if (k < when->first_token && !tok_is_char (ctx, k, ','))
      {
        went = FALSE;
        for (; k < when->first_token && !went; k++)
          went = tok_is (ctx, k, "came") || tok_is (ctx, k, "went") || tok_is (ctx, k, "visited") ||
                 tok_is (ctx, k, "travelled") || tok_is (ctx, k, "traveled") ||
                 tok_is (ctx, k, "visit");
      }
    if (!went)
      return;
  }
  for (guint q = 0; q < ctx->drafts->len; q++)
    {
      Draft *o = ctx->drafts->pdata[q];

      if (o->sentence == s && o->date.year == when->day.year && o->date.month == when->day.month)
        return;
    }

  d = draft_new (s);
  d->background = TRUE;
  d->side = TRUE;
  d->type = CH_EVENT_TYPE_VISIT;
  d->date = when->day;
  d->date_text = collapse_whitespace (ctx->text + when->start, when->end - when->start);
  g_array_append_vals (d->persons, persons->data, persons->len);
  /* the country visited: the one of the sentence other than the visitor's */
  for (guint i = se->first; i < since; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);

      if (m != NULL && i > se->first && tok_is (ctx, i - 1, "to") &&
          (m->entry->kind == CH_GAZ_CITY || (m->entry->kind == CH_GAZ_COUNTRY &&
                                              !(m->entry->flags & CH_GAZ_FLAG_DEMONYM))))
        {
          ptr_add_unique (d->more_countries, (gpointer) m->entry->code);
          /* "the first state visit to Washington since X": the city he
           * came to as well */
          if (m->entry->kind == CH_GAZ_CITY && d->location == NULL)
            {
              d->location = m->entry->name;
              d->location_country = m->entry->code;
              d->location_score = 3;
            }
        }
    }
  {
    Person *person = ctx->persons->pdata[g_array_index (persons, guint, 0)];

    if (person->country != NULL)
      ptr_add_unique (d->more_countries, (gpointer) person->country);
  }
  g_ptr_array_add (ctx->drafts, d);
}

static void
add_past_companion (Ctx      *ctx,
                    Draft    *d,
                    guint     s,
                    SentInfo *si)
{
  Draft *e;

  if (!(si->sign && si->pact && si->signed_now && (si->meet || si->visit) &&
        si->relative_pact == G_MAXUINT))
    return;
  /* the visit or the talks told first, then the signing: not "signed a
   * declaration in 2015, but years of talks since then …" nor "the
   * signing had been expected when he held talks …" */
  if (!(si->cue_token < si->sign_token &&
        (cue_at (ctx, si->cue_token) == CUE_MEET || cue_at (ctx, si->cue_token) == CUE_VISIT)))
    {
      /* the signing is what the sentence tells; talks come after it */
      if (cue_at (ctx, si->cue_token) == CUE_PACT || cue_at (ctx, si->cue_token) == CUE_SIGN)
        d->type = CH_EVENT_TYPE_AGREEMENT;
      return;
    }
  e = draft_new (s);
  e->background = d->background;
  e->side = d->side;
  e->type = d->type == CH_EVENT_TYPE_AGREEMENT ?
            (si->sidelines ? CH_EVENT_TYPE_THIRD_COUNTRY :
             si->visit ? CH_EVENT_TYPE_VISIT : CH_EVENT_TYPE_MEETING) :
            CH_EVENT_TYPE_AGREEMENT;
  apply_sentence (ctx, e, s, si, TRUE);
  g_array_set_size (e->persons, 0);
  g_array_append_vals (e->persons, d->persons->data, d->persons->len);
  g_ptr_array_add (ctx->drafts, e);
}

/* Whether sentence @s is the first to name @person */
static gboolean
first_named_in (Ctx   *ctx,
                guint  person,
                guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->person == person && pm->first < se->first && !sentence_ignored (ctx, pm->first) &&
          !in_headline (ctx, pm->first))
        return FALSE;
    }
  return TRUE;
}

/* Whether the clause of a person's mention says they stayed out of the
 * talks: "did not take part in", "was not present at", "did not attend" */
static gboolean
stays_out (Ctx                 *ctx,
           const PersonMention *pm)
{
  Sentence *se = sentence (ctx, ctx->sentence_of[pm->first]);

  /* the subject of the sentence: the first person it names */
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *other = &g_array_index (ctx->pmentions, PersonMention, k);

      if (other->first >= se->first && other->first < pm->first)
        return FALSE;
    }
  for (guint i = pm->first + pm->n; i + 2 < se->last && i < pm->first + pm->n + 30; i++)
    {
      /* "…, who did not attend": another person's clause */
      if (tok_is (ctx, i, "who") || tok_is (ctx, i, "whom") || tok_is_char (ctx, i, ';'))
        return FALSE;
      if (!tok_is (ctx, i, "not") && !tok_is (ctx, i, "never"))
        continue;
      for (guint k = i + 1; k < i + 3 && k + 1 < se->last; k++)
        if (((tok_is (ctx, k, "take") || tok_is (ctx, k, "taking") || tok_is (ctx, k, "took")) &&
             tok_is (ctx, k + 1, "part")) ||
            tok_is (ctx, k, "participate") || tok_is (ctx, k, "attend") ||
            (tok_is (ctx, k, "present") && (tok_is (ctx, k + 1, "at") || tok_is (ctx, k + 1, "in"))))
          return TRUE;
    }
  return FALSE;
}

/* "Foreign Minister X said on Twitter that the agreement …": once the
 * report has its two sides, someone first named in a sentence that adds
 * to the event comments on it rather than takes part in it */
static void
drop_commentators (Ctx    *ctx,
                   Draft  *d,
                   guint   s,
                   GArray *persons)
{
  if (draft_distinct_people (ctx, d) < 2)
    return;
  for (guint q = persons->len; q > 0; q--)
    {
      guint p = g_array_index (persons, guint, q - 1);

      if (!draft_has_person (d, p) && first_named_in (ctx, p, s))
        g_array_remove_index (persons, q - 1);
    }
}

/* "the envoy travelled to Moscow on Tuesday", "the Eritrean minister led
 * a delegation to Addis Ababa in June": one person's journey on another
 * day to another country's city, not the country of the reported event,
 * pairs two sides, an event of its own */
static gboolean day_after (const ChDay *a,
                           const ChDay *b);

static gboolean
visit_abroad (Ctx      *ctx,
              SentInfo *si,
              Draft    *current,
              Draft    *main_draft)
{
  gboolean other_trip;

  if (!si->visit || si->city == NULL || si->city_score < 4 || si->persons->len != 1)
    return FALSE;
  /* "Xi arrived in Moscow on Monday" before the talks there: the same
   * trip; "had spent several days in Iraq in January" before a visit in
   * March: an earlier one */
  other_trip = si->date != NULL && si->date->day.year != 0 && main_draft != NULL &&
               main_draft->date.year != 0 && dates_conflict (&si->date->day, &main_draft->date) &&
               day_after (&main_draft->date, &si->date->day) &&
               !day_within_days_before (&si->date->day, &main_draft->date, 14);
  for (guint i = 0; i < 2 && !other_trip; i++)
    {
      Draft *d = i == 0 ? current : main_draft;

      if (d != NULL && (g_strcmp0 (d->location_country, si->city_country) == 0 ||
                        g_strcmp0 (d->venue_country, si->city_country) == 0))
        return FALSE;
    }
  {
    Person *person = ctx->persons->pdata[g_array_index (si->persons, guint, 0)];

    return person->country != NULL && g_strcmp0 (person->country, si->city_country) != 0;
  }
}

/* "They first met in Singapore in June 2018 … and again in Hanoi in
 * February 2019": a sentence that tells of several earlier occasions,
 * each with its own place and date, tells of as many events.  Fills
 * @starts with the first token of each clause and returns how many
 * clauses there are (0 when the sentence tells of one occasion). */
static guint
split_occasions (Ctx   *ctx,
                 guint  s,
                 guint *starts,
                 guint  max)
{
  Sentence *se = sentence (ctx, s);
  guint n = 0;
  guint prev_end = se->first;
  const ChDateMatch *prev_date = NULL;
  const char *prev_city = NULL;

  g_assert (max >= 2);

  for (guint i = se->first + 1; i < se->last; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);
      const ChDateMatch *date = NULL;
      guint anchor, end;

      if (m == NULL || !(tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "at")))
        continue;
      if (m->entry->kind != CH_GAZ_CITY &&
          !(m->entry->kind == CH_GAZ_COUNTRY && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
            g_hash_table_lookup (ctx->self->capitals, m->entry->code) != NULL &&
            g_strcmp0 (((const ChGazEntry *) g_hash_table_lookup (ctx->self->capitals, m->entry->code))->name,
                       m->entry->name) == 0))
        continue;
      /* the place and a written date side by side: "in Hanoi in
       * February 2019", "in June 2018 in Singapore" */
      for (guint d = 0; d < ctx->dates->len; d++)
        {
          const ChDateMatch *dm = &g_array_index (ctx->dates, ChDateMatch, d);

          if (dm->first_token >= se->last)
            break;
          if (dm->first_token < MAX (se->first, prev_end) || dm->day.year == 0 || dm->relative)
            continue;
          if ((dm->first_token > i && dm->first_token <= i + m->n + 2) ||
              (dm->first_token + dm->n_tokens + 2 >= i - 1 && dm->first_token < i))
            {
              date = dm;
              break;
            }
        }
      if (date == NULL)
        continue;
      anchor = MIN (i - 1, date->first_token);
      end = MAX (i + m->n, date->first_token + date->n_tokens);
      if (n > 0)
        {
          guint cut = G_MAXUINT;

          if (m->entry->name == prev_city && ch_day_sort_key (&date->day) == ch_day_sort_key (&prev_date->day))
            continue;
          /* the clause ends at the last comma (or "and") before the next place */
          for (guint k = prev_end; k < anchor; k++)
            if (tok_is_char (ctx, k, ','))
              cut = k;
          if (cut == G_MAXUINT)
            for (guint k = prev_end; k < anchor; k++)
              if (tok_is (ctx, k, "and"))
                cut = k;
          if (cut == G_MAXUINT || n == max)
            return 0;
          starts[n++] = cut;
        }
      else
        starts[n++] = se->first;
      prev_end = end;
      prev_date = date;
      prev_city = m->entry->name;
      i = end - 1;
    }
  return n >= 2 ? n : 0;
}

/* Makes a draft of each earlier occasion that sentence @s tells of in its
 * clauses (see split_occasions()); a clause without a verb of its own
 * ("and again in Hanoi in February 2019") takes the one before it, and
 * its people.  Returns FALSE, making nothing, when one of the clauses is
 * dated as the report's own event. */
static gboolean
add_occasion_drafts (Ctx         *ctx,
                     guint        s,
                     const guint *starts,
                     guint        n,
                     gboolean     background,
                     Draft       *main_draft)
{
  Sentence *se = sentence (ctx, s);
  guint first = se->first;
  guint last = se->last;
  gboolean pair = FALSE;
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);
  gboolean meet = FALSE, visit = FALSE, sidelines = FALSE, phone = FALSE, nego = FALSE;
  gboolean ok = TRUE;

  /* "they first met …": the pair of the main report */
  for (guint i = first; i < last && !pair; i++)
    pair = tok_is (ctx, i, "they") || tok_is (ctx, i, "their") || cue_at (ctx, i) == CUE_TWO;

  for (guint c = 0; c < n && ok; c++)
    {
      SentInfo ci;
      Draft *d;
      Draft *prev = made->len > 0 ? made->pdata[made->len - 1] : NULL;

      se->first = starts[c];
      se->last = c + 1 < n ? starts[c + 1] : last;
      analyse_sentence (ctx, s, &ci);
      if (ci.cue_token == G_MAXUINT && c > 0 && !ci.future)
        {
          ci.meet = meet;
          ci.visit = visit;
          ci.sidelines = sidelines;
          ci.phone = phone;
          ci.nego = nego;
          ci.cue_token = se->first;
        }
      if (ci.cue_token == G_MAXUINT || ci.future || ci.date == NULL ||
          (!background && main_draft != NULL && !sentence_date_differs (ctx, &ci, main_draft)))
        {
          /* the first clause must tell an event; a later one may not */
          ok = c > 0;
          sent_info_clear (&ci);
          if (!ok)
            break;
          continue;
        }
      meet = ci.meet;
      visit = ci.visit;
      sidelines = ci.sidelines;
      phone = ci.phone;
      nego = ci.nego;
      sentence_persons (ctx, s, FALSE, 0, ci.persons);
      if (ci.persons->len == 0 && prev != NULL)
        for (guint k = 0; k < prev->persons->len; k++)
          g_array_append_val (ci.persons, g_array_index (prev->persons, guint, k));
      if (ci.persons->len < 2 && pair && main_draft != NULL && main_draft->persons->len >= 2)
        for (guint k = 0; k < 2; k++)
          {
            guint p = g_array_index (main_draft->persons, guint, k);
            gboolean seen = FALSE;

            for (guint q = 0; q < ci.persons->len; q++)
              seen = seen || g_array_index (ci.persons, guint, q) == p;
            if (!seen)
              g_array_append_val (ci.persons, p);
          }
      d = draft_new (s);
      d->background = background;
      d->side = !background;
      d->type = sentence_type (&ci);
      apply_sentence (ctx, d, s, &ci, TRUE);
      g_ptr_array_add (made, d);
      /* "where they signed a pledge": the signing of that occasion */
      {
        guint before = ctx->drafts->len;

        add_past_companion (ctx, d, s, &ci);
        if (ctx->drafts->len > before)
          g_ptr_array_add (made, g_ptr_array_steal_index (ctx->drafts, before));
      }
      sent_info_clear (&ci);
    }
  se->first = first;
  se->last = last;
  if (!ok || made->len < 2)
    return FALSE;
  for (guint k = 0; k < made->len; k++)
    g_ptr_array_add (ctx->drafts, made->pdata[k]);
  g_ptr_array_set_free_func (made, NULL);
  return TRUE;
}

/* Whether sentence @s speaks of the report's own sides: it names one of
 * the people of @main_draft, or speaks of "they", "their", "the two
 * countries", "both sides", "the ministers" */
static gboolean
sentence_speaks_of_the_sides (Ctx   *ctx,
                              guint  s,
                              Draft *main_draft)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    {
      if (cue_at (ctx, i) == CUE_TWO || tok_is (ctx, i, "they") || tok_is (ctx, i, "their") ||
          tok_is (ctx, i, "both"))
        return TRUE;
      /* "the ministers", "the foreign ministers", "the leaders" */
      if ((tok_is (ctx, i, "ministers") || tok_is (ctx, i, "leaders") || tok_is (ctx, i, "presidents")) &&
          i > se->first && (tok_is (ctx, i - 1, "the") || (i > se->first + 1 && tok_is (ctx, i - 2, "the"))))
        return TRUE;
    }
  if (main_draft == NULL)
    return FALSE;
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (pm->first >= se->first && pm->first < se->last && draft_has_person (main_draft, pm->person))
        return TRUE;
    }
  return FALSE;
}

/* Whether sentence @s tells a signing only by a participle of the pact,
 * with no one who signed: "a free trade agreement signed in 2002", "the
 * accord was concluded in 2019", not "the two countries signed", "they
 * concluded", "signed in 2007 by X and Y" */
static gboolean
pact_told_by_bare_participle (Ctx   *ctx,
                              guint  s)
{
  Sentence *se = sentence (ctx, s);
  gboolean bare = FALSE;

  for (guint i = se->first + 1; i < se->last; i++)
    {
      gboolean passive;

      if (cue_at (ctx, i) != CUE_SIGN)
        continue;
      passive = cue_at (ctx, i - 1) == CUE_PACT ||
                tok_is (ctx, i - 1, "was") || tok_is (ctx, i - 1, "were") ||
                tok_is (ctx, i - 1, "been") || tok_is (ctx, i - 1, "being");
      if (!passive)
        return FALSE;
      for (guint k = i + 1; k < se->last && k < i + 10; k++)
        {
          if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
            break;
          if (tok_is (ctx, k, "by"))
            return FALSE;
        }
      /* "signed in Tashkent", "concluded at the palace": the occasion's
       * place */
      for (guint k = i + 1; k + 1 < se->last && k < i + 8; k++)
        {
          const Mention *m;

          if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';'))
            break;
          if (!tok_is (ctx, k, "in") && !tok_is (ctx, k, "at"))
            continue;
          m = mention_starting_at (ctx, tok_is (ctx, k + 1, "the") ? k + 2 : k + 1);
          if (m != NULL && (m->entry->kind == CH_GAZ_CITY || m->entry->kind == CH_GAZ_VENUE ||
                            (m->entry->kind == CH_GAZ_COUNTRY && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM))))
            return FALSE;
        }
      bare = TRUE;
    }
  return bare;
}

/* "a free trade agreement signed in 2002 had been little used", "the
 * accord was concluded in 2019": a pact told in passing by the year it
 * was signed, with no one who signed it and no place, describes the
 * pact, it reports no occasion ("the peace agreement signed in Algiers
 * in December 2000" does).  When the sentence tells the talks that led
 * to it ("concluded in 88 days after negotiations were launched in
 * September"), the talks are the event it dates. */
static void
drop_bare_pacts (Ctx *ctx)
{
  for (guint i = ctx->drafts->len; i > 0; i--)
    {
      Draft *d = ctx->drafts->pdata[i - 1];
      Sentence *se;
      gboolean talks = FALSE;

      if (d->type != CH_EVENT_TYPE_AGREEMENT || !(d->background || d->side) || d->persons->len > 0 ||
          !pact_told_by_bare_participle (ctx, d->sentence))
        continue;
      se = sentence (ctx, d->sentence);
      for (guint k = se->first; k < se->last && !talks; k++)
        talks = cue_at (ctx, k) == CUE_NEGOTIATION;
      if (talks)
        d->type = CH_EVENT_TYPE_NEGOTIATION;
      else
        g_ptr_array_remove_index (ctx->drafts, i - 1);
    }
}

/* "the 1998 joint declaration", "as well as a 2001 security agreement": a
 * pact named by the year it was made is an earlier agreement of the
 * sides, told in passing, when the sentence speaks of the sides ("they
 * agreed to implement a 1998 agreement") or tells its signing ("the 1987
 * accord signed in Colombo by X and Y"); "world powers sought to revive
 * the 2015 nuclear deal", "under the 1973 treaty that created the dam"
 * name a pact of others, or the law of a matter, not an event of the
 * report.  Adds a draft for each one no other draft of its sentence
 * already tells. */
static void
add_pacts_named_by_year (Ctx   *ctx,
                         Draft *main_draft)
{
  for (guint s = 0; s < ctx->sentences->len; s++)
    {
      Sentence *se = sentence (ctx, s);

      if (se->flags & (SENT_IGNORED | SENT_HEADLINE | SENT_FURNITURE))
        continue;
      for (guint i = se->first + 1; i + 1 < se->last; i++)
        {
          const ChToken *t = tok (ctx, i);
          guint noun = G_MAXUINT;
          guint year = 0;
          gboolean told = FALSE;
          Draft *draft;

          if (!(t->flags & CH_TOKEN_DIGIT) || t->len != 4 ||
              !(tok_is (ctx, i - 1, "the") || tok_is (ctx, i - 1, "a") || tok_is (ctx, i - 1, "an") ||
                tok_is (ctx, i - 1, "their")))
            continue;
          for (guint k = 0; k < 4; k++)
            {
              char c = ctx->text[t->start + k];

              if (!g_ascii_isdigit (c))
                {
                  year = 0;
                  break;
                }
              year = year * 10 + (guint) (c - '0');
            }
          if (year < 1900 || year > 2100)
            continue;
          /* the report's own year, or a later one, is no earlier pact */
          if (ctx->doc_date.year != 0 && year >= ctx->doc_date.year)
            continue;
          if (main_draft != NULL && main_draft->date.year != 0 && year >= main_draft->date.year)
            continue;
          /* the noun, after at most two words that qualify it */
          for (guint k = i + 1; k < se->last && k <= i + 3; k++)
            {
              if (cue_at (ctx, k) == CUE_PACT)
                {
                  noun = k;
                  break;
                }
              /* "general", "joint", "security", not "signed" */
              if (!(tok (ctx, k)->flags & CH_TOKEN_LETTERS) ||
                  !(cue_at (ctx, k) == CUE_NONE || cue_at (ctx, k) == CUE_TITLE ||
                    cue_at (ctx, k) == CUE_ORGWORD))
                break;
            }
          if (noun == G_MAXUINT)
            continue;
          if (!(noun + 1 < se->last && cue_at (ctx, noun + 1) == CUE_SIGN) &&
              !sentence_speaks_of_the_sides (ctx, s, main_draft))
            continue;
          for (guint q = 0; q < ctx->drafts->len && !told; q++)
            {
              Draft *o = ctx->drafts->pdata[q];

              told = o->type == CH_EVENT_TYPE_AGREEMENT && o->date.year == year;
            }
          if (told)
            continue;
          draft = draft_new (s);
          draft->type = CH_EVENT_TYPE_AGREEMENT;
          draft->background = TRUE;
          draft->side = TRUE;
          draft->date.year = (guint16) year;
          draft->date_text = g_strndup (ctx->text + t->start, t->len);
          /* "the 1987 accord signed in Colombo by X and Y": the clause
           * that tells the signing gives its place and signatories */
          if (noun + 1 < se->last && cue_at (ctx, noun + 1) == CUE_SIGN)
            {
              guint first = se->first;
              guint last = se->last;
              guint end = noun + 1;
              SentInfo ci;

              while (end < last && !tok_is_char (ctx, end, ',') && !tok_is_char (ctx, end, ';'))
                end++;
              se->first = i - 1;
              se->last = end;
              analyse_sentence (ctx, s, &ci);
              sentence_persons (ctx, s, FALSE, 0, ci.persons);
              ci.date = NULL;
              apply_sentence (ctx, draft, s, &ci, TRUE);
              sent_info_clear (&ci);
              se->first = first;
              se->last = last;
            }
          /* otherwise (or when the clause names no one) a pact of the
           * sides of the report */
          if (main_draft != NULL && draft->persons->len == 0)
            {
              for (guint k = 0; k < main_draft->countries->len; k++)
                ptr_add_unique (draft->more_countries, main_draft->countries->pdata[k]);
              for (guint k = 0; k < main_draft->persons->len; k++)
                {
                  Person *person = ctx->persons->pdata[g_array_index (main_draft->persons, guint, k)];

                  if (person->country != NULL)
                    ptr_add_unique (draft->more_countries, (gpointer) person->country);
                }
            }
          g_ptr_array_add (ctx->drafts, draft);
        }
    }
}

/* "Sheinbaum and Trump first spoke in November" in a report of their
 * telephone call: another call, as far as the report tells */
static ChEventType
spoken_type (SentInfo *si,
             Draft    *main_draft)
{
  ChEventType type = sentence_type (si);

  if (si->spoke && type == CH_EVENT_TYPE_MEETING && main_draft != NULL &&
      main_draft->type == CH_EVENT_TYPE_PHONE_CALL)
    return CH_EVENT_TYPE_PHONE_CALL;
  return type;
}

/* "the two leaders had spoken by telephone" in a report of talks between
 * officials: the leaders are other people than the report's pair */
static gboolean
leaders_of_others (Ctx   *ctx,
                   guint  s,
                   Draft *main_draft)
{
  if (!sentence_has_word (ctx, s, "leaders") && !sentence_has_word (ctx, s, "presidents"))
    return FALSE;
  for (guint k = 0; k < 2 && k < main_draft->persons->len; k++)
    {
      const Person *person = ctx->persons->pdata[g_array_index (main_draft->persons, guint, k)];
      const ChGazEntry *title;

      if (person->role == NULL)
        return FALSE;
      title = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_TITLE, person->role);
      /* a role no title list holds ("director") is an official's,
       * unless it only says "counterpart" */
      if (title == NULL ? g_ascii_strcasecmp (person->role, "Counterpart") == 0 :
          (title->extra == NULL || strcmp (title->extra, "head_of_state") == 0 ||
           strcmp (title->extra, "head_of_government") == 0 || strcmp (title->extra, "royal") == 0))
        return FALSE;
    }
  return TRUE;
}

/* "The two leaders discussed …", "They agreed …", "Both sides …": a
 * sentence whose subject is the pair of an event already told */
static gboolean
speaks_of_the_pair (Ctx      *ctx,
                    Sentence *se)
{
  /* "They cover oil transit fees, …", "They include …": the verbs of
   * what a text provides tell that "they" are the deals just named */
  static const char *const provide[] = {
    "cover", "include", "provide", "allow", "set", "establish", "envisage", "grant",
    "require", "commit", "range", "concern", "deal", "aim", "span",
  };
  guint i = se->first;

  if (tok_is (ctx, i, "They"))
    {
      guint v = tok_is (ctx, i + 1, "also") ? i + 2 : i + 1;

      return v >= se->last || !tok_is_one_of (ctx, v, provide, G_N_ELEMENTS (provide));
    }
  if (tok_is (ctx, i, "Both"))
    return TRUE;
  return i + 2 < se->last && tok_is (ctx, i, "The") && tok_is (ctx, i + 1, "two");
}

/* "met at Argyle International Airport on the island of St Vincent": the
 * venue's country named beside it */
static gboolean
country_named_in_sentence (Ctx        *ctx,
                           guint       s,
                           const char *code)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);

      if (is_country_mention (m) && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM) &&
          strcmp (m->entry->code, code) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
country_named_as_side (Ctx        *ctx,
                       Draft      *d,
                       const char *code)
{
  for (guint i = 0; i < d->countries->len; i++)
    if (strcmp (d->countries->pdata[i], code) == 0)
      return TRUE;
  for (guint i = 0; i < d->persons->len; i++)
    {
      Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, i)];

      if (g_strcmp0 (person->country, code) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the event's own sentence says it happened at @venue ("the
 * accords were signed at the White House"), by a name that belongs to
 * one building only */
static gboolean
venue_told_in_sentence (Ctx        *ctx,
                        guint       s,
                        const char *venue)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    {
      const Mention *m = mention_starting_at (ctx, i);

      if (m != NULL && m->entry->kind == CH_GAZ_VENUE && m->entry->name == venue &&
          !(m->entry->flags & CH_GAZ_FLAG_AMBIGUOUS) && venue_is_place (ctx, i))
        return TRUE;
    }
  return FALSE;
}

/* Whether the venue of @d says where it was: a venue of a country that
 * plays no part here (a "Foreign Office" elsewhere) is no clue at all,
 * unless the report names its country beside it or the event's own
 * sentence places it there */
static gboolean
venue_takes_part (Ctx   *ctx,
                  Draft *d)
{
  g_assert (d->venue != NULL);

  return d->venue_country == NULL ||
         venue_told_in_sentence (ctx, d->sentence, d->venue) ||
         g_strcmp0 (d->venue_country, ctx->dateline_country) == 0 ||
         g_strcmp0 (d->venue_country, d->in_country) == 0 ||
         g_strcmp0 (d->venue_country, d->location_country) == 0 ||
         country_named_as_side (ctx, d, d->venue_country) ||
         country_named_in_sentence (ctx, d->sentence, d->venue_country);
}

/* The pair of @d: its first person and the first after them who speaks
 * for another side ("the two presidents" of talks their ministers
 * attended); nothing when there is no such pair */
/* "the two presidents signed", "both leaders then signed": the pair is
 * the subject of the signing, not its object ("commits the two sides") */
static gboolean
pair_is_subject (Ctx   *ctx,
                 guint  s)
{
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    if (cue_at (ctx, i) == CUE_TWO)
      for (guint k = i + 1; k < se->last && k <= i + 4; k++)
        if (cue_at (ctx, k) == CUE_SIGN)
          return TRUE;
  return FALSE;
}

static gboolean
is_leader (Ctx          *ctx,
           const Person *person)
{
  const ChGazEntry *title;

  if (person->role == NULL)
    return FALSE;
  title = ch_gazetteer_lookup (ctx->self->gazetteer, CH_GAZ_TITLE, person->role);
  return title != NULL && title->extra != NULL &&
         (strcmp (title->extra, "head_of_state") == 0 || strcmp (title->extra, "head_of_government") == 0 ||
          strcmp (title->extra, "royal") == 0);
}

static void
main_pair (Ctx    *ctx,
           Draft  *d,
           GArray *out)
{
  /* the leaders first: "the two leaders" of a signing by their ministers */
  for (guint pass = 0; pass < 2; pass++)
    for (guint a = 0; a < d->persons->len; a++)
      {
        Person *first = ctx->persons->pdata[g_array_index (d->persons, guint, a)];

        if (first->country == NULL || (pass == 0 && !is_leader (ctx, first)))
          continue;
        for (guint k = a + 1; k < d->persons->len; k++)
          {
            Person *other = ctx->persons->pdata[g_array_index (d->persons, guint, k)];

            if (other->country != NULL && strcmp (first->country, other->country) != 0 &&
                (pass == 1 || is_leader (ctx, other)))
              {
                g_array_append_val (out, g_array_index (d->persons, guint, a));
                g_array_append_val (out, g_array_index (d->persons, guint, k));
                return;
              }
          }
        if (pass == 1)
          return;
      }
}

static void
build_drafts (Ctx *ctx)
{
  Draft *current = NULL;
  Draft *main_draft = NULL;
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (guint));   /* every person of a sentence */
  guint headline_sentence = G_MAXUINT;
  gint last_subject = -1;
  gboolean witnessed = FALSE;   /* the report's people attended a signing */
  Draft *told_before = NULL;    /* an older event the previous sentence told */
  guint prev_s = G_MAXUINT;

  for (guint s = 0; s < ctx->sentences->len; s++)
    {
      Sentence *se = sentence (ctx, s);
      SentInfo si;
      gboolean background = (se->flags & SENT_BACKGROUND) != 0;
      gboolean event;
      guint n_tokens = se->last - se->first;

      if (se->flags & SENT_IGNORED)
        continue;
      if (se->flags & SENT_HEADLINE)
        {
          if (headline_sentence == G_MAXUINT)
            headline_sentence = s;
          continue;
        }

      /* "X had met Y in Geneva in March. The two leaders discussed …":
       * the pair the next sentence speaks of is the one just told */
      if (told_before != NULL && told_before->sentence != prev_s)
        told_before = NULL;
      prev_s = s;

      analyse_sentence (ctx, s, &si);
      previous_day_of_the_report (ctx, &si, main_draft);
      event = si.cue_token != G_MAXUINT && !si.future && n_tokens <= MAX_EVENT_SENTENCE;
      /* a background paragraph does not end the report: "The effects of
       * the drought have long worried both governments. The two sides
       * then signed nine agreements" */
      if (background && event && si.date == NULL && main_draft != NULL && current != NULL &&
          continues_the_report (ctx, s, si.cue_token))
        background = FALSE;

      if (event)
        {
          sentence_persons (ctx, s, FALSE, 0, si.persons);
          sentence_witnesses (ctx, s, si.persons);
          if (si.relative_pact != G_MAXUINT)
            keep_persons_after (ctx, s, si.relative_pact, si.persons);
        }
      else if (si.discuss && !background && !si.future && !future_before (ctx, s, si.first_discuss))
        sentence_persons (ctx, s, TRUE, si.first_discuss, si.persons);

      /* "He made these remarks during a meeting with …" */
      if ((event || si.discuss) && last_subject >= 0 &&
          (cue_at (ctx, se->first) == CUE_PRONOUN ||
           (se->first + 1 < se->last && cue_at (ctx, se->first + 1) == CUE_PRONOUN &&
            tok_is_char (ctx, se->first, ',')) ||
           (event && pronoun_after_opener (ctx, s, si.cue_token))))
        {
          guint p = (guint) last_subject;
          gboolean seen = FALSE;

          for (guint q = 0; q < si.persons->len; q++)
            if (g_array_index (si.persons, guint, q) == p)
              seen = TRUE;
          if (!seen)
            g_array_prepend_val (si.persons, p);
        }
      if (event && !si.future)
        add_visit_since (ctx, s, &si);
      g_array_set_size (all, 0);
      sentence_persons (ctx, s, FALSE, 0, all);
      /* "He also said he would press President X …": the subject is
       * still the one "he" stands for, not the person named after it */
      if (all->len > 0 &&
          !(last_subject >= 0 && cue_at (ctx, se->first) == CUE_PRONOUN &&
            !person_starts_at (ctx, se->first)))
        last_subject = (gint) g_array_index (all, guint, 0);

      /* several earlier occasions, each with its place and date */
      if (event && si.date != NULL && (background || main_draft != NULL))
        {
          guint starts[6];
          guint n_clauses = split_occasions (ctx, s, starts, G_N_ELEMENTS (starts));

          if (n_clauses >= 2 && add_occasion_drafts (ctx, s, starts, n_clauses, background, main_draft))
            {
              sent_info_clear (&si);
              continue;
            }
        }

      if (background)
        {
          /* an older event mentioned in passing, with its own date */
          if (event && si.date != NULL && !si.future)
            {
              Draft *d = draft_new (s);

              d->background = TRUE;
              d->type = spoken_type (&si, main_draft);
              apply_sentence (ctx, d, s, &si, TRUE);
              g_ptr_array_add (ctx->drafts, d);
              add_past_companion (ctx, d, s, &si);
            }
          sent_info_clear (&si);
          continue;
        }

      if (event)
        {
          gboolean new_event = current == NULL;
          gboolean date_differs = FALSE;
          gboolean type_differs = FALSE;
          gboolean other_day = FALSE;
          guint second_guest = G_MAXUINT;

          if (current != NULL)
            {
              guint fresh = 0;
              gboolean strong_agreement = sentence_type (&si) == CH_EVENT_TYPE_AGREEMENT;

              for (guint q = 0; q < si.persons->len; q++)
                if (!draft_has_person (current, g_array_index (si.persons, guint, q)))
                  fresh++;
              date_differs = sentence_date_differs (ctx, &si, main_draft != NULL ? main_draft : current);
              /* signing an agreement and holding talks are two events, even
               * on one day with the same people */
              type_differs = strong_agreement != (current->type == CH_EVENT_TYPE_AGREEMENT) &&
                             (strong_agreement || si.meet || si.visit || si.phone || si.sidelines);
              /* "thanked China for hosting the talks" refers back to the
               * reported event: another event names its people or sides */
              if (type_differs && !strong_agreement && si.persons->len == 0 && si.sides->len < 2 && !si.two)
                type_differs = FALSE;
              /* an arrival or a remark on another day is not an event of
               * its own unless it pairs two sides */
              if (date_differs && !strong_agreement && si.persons->len < 2 && si.sides->len < 2 &&
                  !si.two && group_of_countries (ctx, se->first, se->last) < 2 && !si.earlier && !date_is_past_marker (ctx, si.date) &&
                  !visit_abroad (ctx, &si, current, main_draft))
                {
                  date_differs = FALSE;
                  other_day = TRUE;
                }
              if (date_differs || type_differs)
                new_event = TRUE;
              /* "the ministers also signed an agreement on embassies" after
               * the signing of the treaties, "the ministers then signed an
               * agreement on health" after the leaders' declaration: a
               * second text of the occasion */
              else if (strong_agreement && current->type == CH_EVENT_TYPE_AGREEMENT && si.signed_now &&
                       (also_before_cue (ctx, s) || continues_the_report (ctx, s, si.cue_token)) &&
                       !pact_told_before (ctx, s))
                new_event = TRUE;
              else if (fresh >= 1 && si.persons->len >= 2 &&
                       (tok_is (ctx, se->first, "Later") || tok_is (ctx, se->first, "Separately") ||
                        opens_with_later_hour (ctx, s) ||
                        tok_is (ctx, se->first, "Afterwards") || tok_is (ctx, se->first, "Earlier") ||
                        (si.cue_token > se->first &&
                         (tok_is (ctx, si.cue_token - 1, "earlier") || tok_is (ctx, si.cue_token - 1, "later") ||
                          tok_is (ctx, si.cue_token - 1, "separately") ||
                          tok_is (ctx, si.cue_token - 1, "then"))) ||
                        also_before_cue (ctx, s)))
                new_event = TRUE;
              else if (fresh > 0 && si.persons->len >= 2 && current->persons->len >= 2 &&
                       fresh == si.persons->len && si.phone != (current->type == CH_EVENT_TYPE_PHONE_CALL))
                new_event = TRUE;
              else if (fresh > 0 && si.persons->len >= 2 && current->persons->len >= 2 &&
                       fresh >= si.persons->len - 1 && si.city != NULL && current->location != NULL &&
                       si.city != current->location && si.city_score >= 3)
                new_event = TRUE;
              /* "Premier X also met the Turkmen leader": a second host of
               * the trip, whose guest the sentence names by a title or a
               * pronoun, holds talks of their own */
              else if (fresh == 1 && si.persons->len == 1 && current->persons->len >= 2 &&
                       (si.meet || si.visit) && !si.phone && !strong_agreement && also_before_cue (ctx, s) &&
                       (second_guest = guest_of_second_host (ctx, current, g_array_index (si.persons, guint, 0))) != G_MAXUINT)
                new_event = TRUE;
              else if (fresh >= 1 && si.persons->len >= 2 && current->persons->len >= 2 &&
                       fresh >= si.persons->len - 1)
                {
                  /* someone new met someone: a second meeting when the
                   * sentence pairs a known person with a new one after the
                   * first report ("Lavrov also met …") */
                  new_event = fresh == si.persons->len || also_before_cue (ctx, s);
                  /* "Governor-General X welcomed Xi at a ceremony": another
                   * host of the trip with the guest alone */
                  if (!new_event && fresh == 1 && si.persons->len == 2 && !strong_agreement &&
                      (si.meet || si.visit) && !si.phone && !passive_reception (ctx, s))
                    {
                      guint a = g_array_index (si.persons, guint, 0);
                      guint b = g_array_index (si.persons, guint, 1);
                      guint host = draft_has_person (current, a) ? b : a;
                      guint guest = host == a ? b : a;

                      if (guest_of_second_host (ctx, current, host) == guest)
                        {
                          new_event = TRUE;
                          second_guest = guest;
                        }
                    }
                  /* "the foreign ministers initialled the treaty": more
                   * signatories of the occasion's pact, not another pact */
                  if (strong_agreement && current->type == CH_EVENT_TYPE_AGREEMENT &&
                      !also_before_cue (ctx, s) &&
                      !(si.cue_token > se->first &&
                        (tok_is (ctx, si.cue_token - 1, "an") || tok_is (ctx, si.cue_token - 1, "a"))))
                    new_event = FALSE;
                }
              /* "the visitor was also received by the President": the
               * hosts who receive a visitor already in the report belong
               * to the one visit */
              if (new_event && !date_differs && !type_differs && fresh < si.persons->len &&
                  passive_reception (ctx, s))
                new_event = FALSE;
              /* "X and Y joined the talks": more people at the same table */
              if (new_event && !date_differs && !type_differs && joins_the_talks (ctx, s))
                new_event = FALSE;
              /* "During their talks before the ceremony, …" after the
               * signing: the occasion's event of that kind goes on */
              if (type_differs && !date_differs && !also_before_cue (ctx, s))
                for (guint q = 0; q < ctx->drafts->len; q++)
                  {
                    Draft *e = ctx->drafts->pdata[q];

                    if (e != current && !e->side && !e->background &&
                        (e->type == CH_EVENT_TYPE_AGREEMENT) == strong_agreement)
                      {
                        current = e;
                        new_event = FALSE;
                        break;
                      }
                  }
              /* "X and Y toured a farm, and X called on President Z": the
               * visitor, subject of the clause of the cue, with a host of
               * the country who is new to the report */
              if ((!new_event || type_differs) && !date_differs && fresh == 1 && si.persons->len >= 3 &&
                  current->persons->len >= 2 && (si.meet || si.visit) && !si.phone &&
                  !strong_agreement && !passive_reception (ctx, s) &&
                  (second_guest = clause_guest_of_new_host (ctx, current, s, si.persons)) != G_MAXUINT)
                new_event = TRUE;
              /* "In the evening, X and Y led talks" after "X held talks
               * with Z and Y" (split into two events): the talks of that
               * pair go on */
              if (new_event && !date_differs && !type_differs && second_guest == G_MAXUINT && !si.phone)
                {
                  Draft *pair = split_draft_of_pair (ctx, current, si.persons);

                  if (pair != NULL)
                    {
                      current = pair;
                      new_event = FALSE;
                    }
                }
            }

          if (new_event)
            {
              Draft *d = draft_new (s);

              d->type = spoken_type (&si, main_draft);
              d->side = date_differs;
              apply_sentence (ctx, d, s, &si, TRUE);
              if (second_guest != G_MAXUINT)
                {
                  if (!draft_has_person (d, second_guest))
                    g_array_append_val (d->persons, second_guest);
                  /* a host receives the guest at home */
                  d->type = CH_EVENT_TYPE_VISIT;
                }
              split_paired_counterparts (ctx, d, s, &si);
              d->group_witness = group_witnesses (ctx, s);
              if (d->group_witness && !date_differs)
                witnessed = TRUE;
              g_ptr_array_add (ctx->drafts, d);
              if (main_draft == NULL)
                main_draft = d;
              /* "X met Y and signed a declaration", "signed a treaty during
               * his state visit": the signing is an event beside the
               * talks or the visit */
              if (!date_differs)
                {
                  Draft *talks;

                  add_companion_draft (ctx, d, s, &si);
                  talks = add_talks_draft (ctx, d, s, &si);
                  if (talks != NULL)
                    apply_sentence (ctx, talks, s, &si, TRUE);
                }
              /* an older event told in passing does not take the report's
               * later sentences; a second event of the same occasion does */
              if (date_differs)
                {
                  d->side = TRUE;
                  told_before = d;
                  add_past_companion (ctx, d, s, &si);
                  /* "When X visited Brasilia on January 30, Lula told
                   * him …": the sentence's leader of the country visited
                   * is the host */
                  if (d->type == CH_EVENT_TYPE_VISIT && d->persons->len == 1 && si.city_country != NULL &&
                      si.city_score >= 4)
                    {
                      for (guint k = 0; k < ctx->pmentions->len; k++)
                        {
                          const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
                          Person *person = ctx->persons->pdata[pm->person];

                          if (pm->first >= se->first && pm->first < se->last && !person->spokesperson &&
                              !draft_has_person (d, pm->person) &&
                              g_strcmp0 (person->country, si.city_country) == 0)
                            g_array_append_val (d->persons, pm->person);
                        }
                    }
                  /* "the previous one was held in …": an earlier occasion
                   * of the same series, between the same sides */
                  if (si.earlier && main_draft != NULL && main_draft != d)
                    {
                      for (guint k = 0; k < main_draft->persons->len; k++)
                        {
                          Person *person = ctx->persons->pdata[g_array_index (main_draft->persons, guint, k)];

                          if (person->country != NULL)
                            ptr_add_unique (d->more_countries, (gpointer) person->country);
                        }
                      for (guint k = 0; k < main_draft->countries->len; k++)
                        ptr_add_unique (d->more_countries, main_draft->countries->pdata[k]);
                    }
                  /* "the two prime ministers had met in July", "their last
                   * talks": the pair of the main report; not the sides of
                   * an agreement "they signed in 2001", whose signatories
                   * the report's people were not */
                  if (main_draft != NULL && main_draft != d && main_draft->persons->len >= 2 &&
                      d->persons->len < 2 && (si.two || sentence_has_word (ctx, s, "their") ||
                                              sentence_has_word (ctx, s, "they")) &&
                      !leaders_of_others (ctx, s, main_draft))
                    {
                      if (!(d->type == CH_EVENT_TYPE_AGREEMENT && d->date.year != 0 &&
                            main_draft->date.year != 0 &&
                            d->date.year + 2 < main_draft->date.year))
                        {
                          for (guint k = 0; k < 2; k++)
                            if (!draft_has_person (d, g_array_index (main_draft->persons, guint, k)))
                              g_array_append_val (d->persons, g_array_index (main_draft->persons, guint, k));
                        }
                      else
                        {
                          /* the countries, not the people */
                          for (guint k = 0; k < 2; k++)
                            {
                              Person *person = ctx->persons->pdata[g_array_index (main_draft->persons, guint, k)];

                              if (person->country != NULL)
                                ptr_add_unique (d->more_countries, (gpointer) person->country);
                            }
                        }
                    }
                }
              else
                {
                  /* another event of the report's occasion: the signing
                   * after the talks, "later in the day" */
                  if (main_draft != d)
                    d->same_day = TRUE;
                  /* "after the talks, the two presidents signed …": the
                   * pair is the report's, named now, so that the people a
                   * later sentence names ("the ministers then signed …")
                   * make an event of their own */
                  if (main_draft != d && si.two && d->persons->len == 0 &&
                      pair_is_subject (ctx, s))
                    main_pair (ctx, main_draft, d->persons);
                  /* the second host's talks take their own sentence; what
                   * follows goes on with the trip */
                  if (second_guest == G_MAXUINT)
                    current = d;
                }
              /* sentences before the first event sentence belong to it:
               * the lede often gives the day and the people ("made a
               * surprise stop in Lahore on Friday") before the cue word */
              for (guint q = 0; q < pending->len; q++)
                {
                  guint ps = g_array_index (pending, guint, q);
                  SentInfo psi;

                  analyse_sentence (ctx, ps, &psi);
                  sentence_persons (ctx, ps, FALSE, 0, psi.persons);
                  if (psi.date != NULL && d->date.year == 0 && d->date_text == NULL)
                    {
                      d->date = psi.date->day;
                      d->date_text = collapse_whitespace (ctx->text + psi.date->start,
                                                          psi.date->end - psi.date->start);
                    }
                  /* a city the event's sentence names only in passing
                   * ("the metro lines of Dhaka") gives way to the lede's
                   * "agreed in Tokyo" */
                  if ((d->location == NULL || d->location_score <= 1) && psi.city != NULL &&
                      psi.city_score >= 3)
                    {
                      d->location = psi.city;
                      d->location_country = psi.city_country;
                      d->location_score = psi.city_score;
                    }
                  /* "agreed on Thursday …, at a summit held at the Bogor
                   * Palace": the lede's venue */
                  if (d->venue == NULL && psi.venue != NULL)
                    {
                      d->venue = psi.venue;
                      d->venue_city = psi.venue_city;
                      d->venue_country = psi.venue_country;
                    }
                  for (guint k = 0; k < psi.persons->len && d->persons->len < 2; k++)
                    if (!draft_has_person (d, g_array_index (psi.persons, guint, k)))
                      g_array_append_val (d->persons, g_array_index (psi.persons, guint, k));
                  /* the lede of a report whose first event is an older
                   * one told in passing ("inaugurated the bridge on
                   * Monday … X was the guest of honour when Y was sworn
                   * in, in 2017") tells of the day's happening, not of
                   * what was taken up on that older occasion */
                  add_topics_and_orgs (ctx, d, ps, psi.cue_token,
                                       !d->background && !d->side && !draft_is_older (ctx, d) &&
                                       sentence_tells_subjects (ctx, d, ps, &psi));
                  sent_info_clear (&psi);
                }
              g_array_set_size (pending, 0);
            }
          else
            {
              /* a later sentence about the event adds the people of its
               * own clause ("… met X"), not everyone it mentions */
              g_array_set_size (si.persons, 0);
              /* …unless the report has named no one yet: "X and Y signed
               * a pact" then "it was signed by A and B" */
              if (current->persons->len == 0)
                sentence_persons (ctx, s, FALSE, 0, si.persons);
              else if (!other_day)
                sentence_persons (ctx, s, TRUE, si.cue_token + 6, si.persons);
              /* "X said the meeting had been useful": the talks are only
               * told in what someone first named here says of them */
              if (si.first_discuss < si.cue_token)
                drop_commentators (ctx, current, s, si.persons);
              /* "the calls came a day after the envoy travelled on
               * Tuesday": a clause of another day neither dates the event
               * nor adds its traveller to it; "had travelled to Delhi in
               * May" does not place it either */
              if (other_day && current->persons->len > 0)
                {
                  si.date = NULL;
                  si.city = NULL;
                }
              else
                {
                  /* the signatories before those who watched them sign,
                   * so that "the two also signed …" later means the
                   * signatories */
                  sentence_companions (ctx, s, draft_day (ctx, current), si.persons);
                  sentence_witnesses (ctx, s, si.persons);
                }
              {
                Draft *talks = other_day ? NULL : add_talks_draft (ctx, current, s, &si);

                /* the signing's own sentence ("X and Y signed the treaty
                 * after talks") names the signatories too */
                if (talks == NULL || (si.sign && si.pact && si.signed_now))
                  apply_sentence (ctx, current, s, &si, FALSE);
                if (talks != NULL)
                  apply_sentence (ctx, talks, s, &si, TRUE);
              }
              if (!other_day && group_witnesses (ctx, s))
                current->group_witness = witnessed = TRUE;
              if (!other_day && !current->side && !current->background)
                add_companion_draft (ctx, current, s, &si);
            }
        }
      else if (current != NULL)
        {
          /* "Following the talks, they signed …; the two leaders also
           * discussed defence": what was discussed belongs to the talks,
           * not to the signing told in between */
          Draft *target;
          Draft *pair = split_draft_of_pair (ctx, current, si.persons);

          /* "In the evening, X and Y discussed …" after "X met Z and Y":
           * the talks of that pair */
          if (pair != NULL)
            current = pair;
          target = current;

          /* "A second treaty provides for joint test facilities" after the
           * signing: another text signed on the occasion */
          if (!background && !si.future && si.date == NULL && names_another_text (ctx, s))
            {
              Draft *pact = occasion_agreement (ctx, current);

              if (pact->type == CH_EVENT_TYPE_AGREEMENT && !pact->side && !pact->background)
                {
                  Draft *e = draft_new (s);

                  e->type = CH_EVENT_TYPE_AGREEMENT;
                  e->same_day = TRUE;
                  e->date_open = pact->date_open;
                  apply_sentence (ctx, e, s, &si, TRUE);
                  g_ptr_array_add (ctx->drafts, e);
                  current = e;
                  sent_info_clear (&si);
                  continue;
                }
            }
          if (current->same_day && current->type == CH_EVENT_TYPE_AGREEMENT && main_draft != NULL &&
              main_draft != current && main_draft->type != CH_EVENT_TYPE_AGREEMENT &&
              !si.sign && !si.pact && !tok_is (ctx, se->first, "It") &&
              !tok_is (ctx, se->first, "Under") && !describes_the_texts (ctx, s))
            target = main_draft;
          /* "The treaty commits the two to consult on security", "the
           * memorandums cover health and energy": what the text signed
           * beside the talks provides belongs to the signing */
          else if (current->type != CH_EVENT_TYPE_AGREEMENT && si.pact && !si.meet && !si.phone &&
                   !si.visit && !si.sidelines && !si.nego && !si.discuss && tells_of_pact (ctx, s))
            si.topic_draft = occasion_agreement (ctx, current);
          /* "X and Y signed a statement after talks at the palace. The
           * two leaders then discussed trade …": what the sides discussed
           * belongs to the talks told beside the signing */
          else if (current->type == CH_EVENT_TYPE_AGREEMENT && !current->side &&
                   !current->background && si.discuss && !si.sign && !si.pact)
            si.topic_draft = talks_beside (ctx, current);
          if (told_before != NULL && speaks_of_the_pair (ctx, se))
            si.topic_draft = told_before;

          /* "Foreign Minister X said on Twitter that the agreement …":
           * once the report has its two sides, someone who is only quoted
           * comments on the event rather than takes part in it; the sides
           * are those of the event the sentence goes to, the talks when a
           * signing that names no one yet came in between */
          drop_commentators (ctx, target, s, si.persons);

          /* "Before the signing, the two leaders discussed …": the talks
           * of the signing's occasion, and what they discussed is theirs */
          if (!background)
            {
              Draft *talks = add_talks_draft (ctx, current, s, &si);

              if (talks != NULL)
                {
                  apply_sentence (ctx, talks, s, &si, TRUE);
                  sent_info_clear (&si);
                  continue;
                }
            }

          if (!si.future && group_witnesses (ctx, s))
            witnessed = TRUE;

          /* "It was signed by X and Y", "X, who accompanied the prime
           * minister, said …": people who took part, told after the fact */
          if (!si.future)
            sentence_companions (ctx, s, draft_day (ctx, current), si.persons);

          apply_sentence (ctx, target, s, &si, FALSE);
        }
      else
        g_array_append_val (pending, s);

      sent_info_clear (&si);
    }

  /* "returned with 14 signed agreements after a state visit", then "met
   * Xi on Wednesday": the occasion's day, told for one of its events,
   * is the day of the others */
  if (main_draft != NULL && main_draft->date_open && main_draft->date.year == 0 &&
      main_draft->date_text == NULL)
    for (guint i = 0; i < ctx->drafts->len; i++)
      {
        Draft *d = ctx->drafts->pdata[i];

        if (d->same_day && d != main_draft && d->date_text != NULL)
          {
            main_draft->date = d->date;
            main_draft->date_text = g_strdup (d->date_text);
            break;
          }
      }

  /* "X accompanied the visitor to the border but did not take part in the
   * talks": whoever the report says stayed out is no participant */
  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);

      if (stays_out (ctx, pm))
        for (guint i = 0; i < ctx->drafts->len; i++)
          {
            Draft *d = ctx->drafts->pdata[i];

            for (guint q = d->persons->len; q > 0; q--)
              if (g_array_index (d->persons, guint, q - 1) == pm->person)
                g_array_remove_index (d->persons, q - 1);
          }
    }

  /* another event of the main occasion shares its day, place and, when it
   * names no one, its people */
  for (guint i = 0; i < ctx->drafts->len && main_draft != NULL; i++)
    {
      Draft *d = ctx->drafts->pdata[i];

      if (!d->same_day || d == main_draft)
        continue;
      /* "the leaders held a virtual summit, during which they witnessed
       * the signing": the signing of a meeting by video link happened in
       * no one place, neither the dateline's nor a leader's office's */
      if (main_draft->type == CH_EVENT_TYPE_PHONE_CALL)
        d->remote = TRUE;
      if (d->date.year == 0 && d->date_text == NULL)
        {
          d->date = main_draft->date;
          if (main_draft->date_text != NULL)
            d->date_text = g_strdup (main_draft->date_text);
        }
      /* "leaders signed the AlUla Declaration": a city named in passing
       * says less than the place of the occasion */
      if ((d->location == NULL || (d->location_score <= 1 && main_draft->location_score > 1)) &&
          d->type != CH_EVENT_TYPE_PHONE_CALL)
        {
          draft_take_location (d, main_draft);
          /* "met at Argyle International Airport", then "at the end of
           * the meeting they adopted a declaration": the venue's city */
          if (d->location == NULL && main_draft->venue != NULL && main_draft->venue_city != NULL &&
              venue_takes_part (ctx, main_draft))
            {
              const ChGazEntry *city = ch_gazetteer_find_name (ctx->self->gazetteer, CH_GAZ_CITY,
                                                               main_draft->venue_city);

              d->location = main_draft->venue_city;
              d->location_country = city != NULL ? city->code : main_draft->venue_country;
              d->location_score = 3;
            }
        }
      if (d->venue == NULL)
        draft_take_venue (d, main_draft);
      if (d->in_country == NULL)
        d->in_country = main_draft->in_country;
      /* "the visitor also met the foreign minister": another host's
       * talks of the same trip are the visit's */
      if (d->type == CH_EVENT_TYPE_MEETING && main_draft->type == CH_EVENT_TYPE_VISIT &&
          g_strcmp0 (d->location, main_draft->location) == 0)
        d->type = CH_EVENT_TYPE_VISIT;
      /* two people, not two spellings of one ("Lula" and his full name) */
      for (guint k = 0; k < main_draft->persons->len && draft_distinct_people (ctx, d) < 2; k++)
        if (!draft_has_person (d, g_array_index (main_draft->persons, guint, k)))
          g_array_append_val (d->persons, g_array_index (main_draft->persons, guint, k));
      for (guint k = 0; k < main_draft->countries->len; k++)
        ptr_add_unique (d->more_countries, main_draft->countries->pdata[k]);
    }

  /* "the last talks took place in the same city": the city of the
   * report's event */
  for (guint i = 0; i < ctx->drafts->len && main_draft != NULL; i++)
    {
      Draft *d = ctx->drafts->pdata[i];

      if (!d->same_place || d == main_draft || d->location != NULL || d->venue != NULL)
        continue;
      draft_take_location (d, main_draft);
      if (d->location == NULL && main_draft->venue != NULL)
        draft_take_venue (d, main_draft);
    }

  /* "during his two-day visit, which began on Friday, X also met the
   * prime minister": talks of the days just before the report's, which
   * name no place of their own, belong to the same trip and its city
   * (the report's own, or the dateline's when it names none) */
  if (main_draft != NULL)
    {
      const char *trip_city = main_draft->location;
      const char *trip_country = main_draft->location_country;
      guint trip_score = main_draft->location_score;

      if (trip_city == NULL && ctx->dateline_city != NULL && main_draft->venue == NULL &&
          (main_draft->in_country == NULL || g_strcmp0 (main_draft->in_country, ctx->dateline_country) == 0))
        {
          trip_city = ctx->dateline_city;
          trip_country = ctx->dateline_country;
          trip_score = 2;
        }
      for (guint i = 0; i < ctx->drafts->len && trip_city != NULL; i++)
        {
          Draft *d = ctx->drafts->pdata[i];

          if (d == main_draft || !d->side || d->background || d->same_day ||
              d->location != NULL || d->type == CH_EVENT_TYPE_PHONE_CALL ||
              (d->in_country != NULL && g_strcmp0 (d->in_country, trip_country) != 0) ||
              d->date.day == 0 || main_draft->date.day == 0 ||
              !day_within_days_before (&d->date, &main_draft->date, 2))
            continue;
          d->location = trip_city;
          d->location_country = trip_country;
          d->location_score = trip_score;
        }
    }

  /* "the two leaders witnessed the signing by their ministers", "they
   * witnessed the signing": the people of the occasion's talks attend its
   * signing beside the signatories */
  if (main_draft != NULL)
    {
      Draft *talks = NULL;

      for (guint i = 0; i < ctx->drafts->len && talks == NULL; i++)
        {
          Draft *d = ctx->drafts->pdata[i];

          if ((d == main_draft || d->same_day) && d->type != CH_EVENT_TYPE_AGREEMENT)
            talks = d;
        }
      for (guint i = 0; i < ctx->drafts->len && talks != NULL; i++)
        {
          Draft *d = ctx->drafts->pdata[i];

          if ((d == main_draft || d->same_day) && d->type == CH_EVENT_TYPE_AGREEMENT &&
              (witnessed || d->group_witness))
            {
              /* "in the presence of the two leaders": the pair, not the
               * ministers who came with them */
              guint n = witnessed_by_pair (ctx, d->sentence) ? MIN (talks->persons->len, 2)
                                                              : talks->persons->len;

              for (guint k = 0; k < n; k++)
                if (!draft_has_person (d, g_array_index (talks->persons, guint, k)))
                  g_array_append_val (d->persons, g_array_index (talks->persons, guint, k));
            }
        }
    }

  add_pacts_named_by_year (ctx, main_draft);
  drop_bare_pacts (ctx);

  /* a headline is the report of last resort */
  if (ctx->drafts->len == 0 && headline_sentence != G_MAXUINT)
    {
      SentInfo si;

      analyse_sentence (ctx, headline_sentence, &si);
      if (si.cue_token != G_MAXUINT && !si.future)
        {
          Draft *d = draft_new (headline_sentence);

          sentence_persons (ctx, headline_sentence, FALSE, 0, si.persons);
          d->type = sentence_type (&si);
          apply_sentence (ctx, d, headline_sentence, &si, TRUE);
          g_ptr_array_add (ctx->drafts, d);
        }
      sent_info_clear (&si);
    }
}


/* Whether @a lies after @b at the precision both give; unknown parts
 * compare equal. */
static gboolean
day_after (const ChDay *a,
           const ChDay *b)
{
  g_assert (a != NULL && b != NULL);

  if (a->year == 0 || b->year == 0)
    return FALSE;
  if (a->year != b->year)
    return a->year > b->year;
  if (a->month == 0 || b->month == 0)
    return FALSE;
  if (a->month != b->month)
    return a->month > b->month;
  if (a->day == 0 || b->day == 0)
    return FALSE;
  return a->day > b->day;
}

/* A list of exactly @n countries in one sentence ("France, Britain and
 * Germany", "Uzbekistan's, Afghanistan's and Pakistan's"), looked for from
 * sentence @s back to the start of the document, then after it. */
static gboolean
listed_countries (Ctx       *ctx,
                  guint      s,
                  guint      n,
                  GPtrArray *out)
{
  for (guint step = 0; step < ctx->sentences->len; step++)
    {
      guint k = step <= s ? s - step : step;
      Sentence *se;

      if (k >= ctx->sentences->len)
        continue;
      se = sentence (ctx, k);
      if (se->flags & (SENT_IGNORED | SENT_HEADLINE))
        continue;
      for (guint i = se->first; i < se->last; i++)
        {
          const Mention *m = mention_starting_at (ctx, i);
          g_autoptr(GPtrArray) run = NULL;
          guint j;
          gboolean joined = FALSE;

          if (!is_country_mention (m))
            continue;
          run = g_ptr_array_new ();
          ptr_add_unique (run, (gpointer) m->entry->code);
          j = i + m->n;
          for (;;)
            {
              guint q = j;

              if (q < se->last && (tok (ctx, q)->flags & CH_TOKEN_POSSESSIVE))
                q++;
              if (tok_is_char (ctx, q, ','))
                q++;
              if (tok_is (ctx, q, "and"))
                {
                  q++;
                  joined = TRUE;
                }
              if (tok_is (ctx, q, "the"))
                q++;
              if (q == j || q >= se->last || !is_country_mention (mention_starting_at (ctx, q)))
                break;
              ptr_add_unique (run, (gpointer) mention_starting_at (ctx, q)->entry->code);
              j = q + mention_starting_at (ctx, q)->n;
              if (joined)
                break;
            }
          if (joined && run->len == n)
            {
              for (guint c = 0; c < run->len; c++)
                g_ptr_array_add (out, run->pdata[c]);
              return TRUE;
            }
          i = j - 1;
        }
    }
  return FALSE;
}

/* @text in lower case, without accents, full stops or apostrophes: two
 * spellings that only differ in these agree ("St. John's", "St Johns");
 * "AlUla" and "Al-Ula" do not */
static char *
spelling_key (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *key = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (*p != '.' && *p != '\'' && *p != '?')
      g_string_append_c (key, g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

/* "NAYPYITAW —", "in Nur-Sultan": the city as the report spells it when
 * that is another name or transliteration than the gazetteer's (a
 * capital renamed and renamed back, Naypyitaw and Naypyidaw). Capitals
 * of a dateline become a name's capitals. The spelling of the event's own
 * sentence comes first, then the report's first. Only the spelling
 * changes: a longer form that holds the name ("Washington, D.C.") and a
 * form that differs in case or accents keep the gazetteer's. */
static const char *
location_spelling (Ctx        *ctx,
                   Draft      *d,
                   const char *location)
{
  const Mention *best = NULL;
  Sentence *se = sentence (ctx, d->sentence);
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  g_autofree char *location_key = NULL;
  gboolean lower = FALSE;

  g_assert (location != NULL);

  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, i);

      if (m->entry->kind != CH_GAZ_CITY || strcmp (m->entry->name, location) != 0)
        continue;
      if (best == NULL)
        best = m;
      if (m->first >= se->first && m->first < se->last)
        {
          best = m;
          break;
        }
    }
  if (best == NULL || !(best->entry->flags & CH_GAZ_FLAG_ALIAS))
    return location;

  {
    const ChToken *a = tok (ctx, best->first);
    const ChToken *b = tok (ctx, best->first + best->n - 1);

    text = collapse_whitespace (ctx->text + a->start, b->start + b->len - a->start);
  }
  key = spelling_key (text);
  location_key = spelling_key (location);
  if (*key == '\0' || strstr (key, location_key) != NULL)
    return location;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      lower = TRUE;
  if (!lower)
    {
      char *name = name_case (text);

      g_free (text);
      text = name;
    }
  return g_intern_string (text);
}

/* "the six GCC member states", "the leaders of the seven member states"
 * (of a group named before), "all ASEAN members": the member states of a
 * group the gazetteer lists, added to @out with the countries joined to
 * the phrase ("… member states and Egypt"); whether there was one */
static gboolean
member_states (Ctx       *ctx,
               guint      s,
               GPtrArray *out)
{
  Sentence *se = sentence (ctx, s);
  gboolean found = FALSE;

  if (!range_may_have_class (ctx, se->first, se->last, WORD_MEMBER))
    return FALSE;
  for (guint i = se->first; i < se->last; i++)
    {
      const char * const *members = NULL;
      guint count = 0, n_members = 0, end;
      gboolean named = FALSE;

      if (tok_is (ctx, i, "member") &&
          (tok_is (ctx, i + 1, "states") || tok_is (ctx, i + 1, "countries") ||
           tok_is (ctx, i + 1, "nations")))
        end = i + 2;
      else if (tok_is (ctx, i, "members") && !tok_is (ctx, i + 1, "of"))
        end = i + 1;
      else
        continue;
      /* the words before: "the six GCC", "all ASEAN", "its seven" */
      for (guint k = i; k > se->first && k + 4 > i; k--)
        {
          const Mention *m = mention_at (ctx, k - 1);
          guint spelt = number_word (ctx, k - 1);

          if (m != NULL && m->entry->kind == CH_GAZ_ORGANIZATION)
            {
              members = ch_gazetteer_get_members (ctx->self->gazetteer, m->entry->name);
              named = TRUE;
              k = m->first + 1;
              continue;
            }
          if (spelt != 0)
            count = spelt;
          if ((tok (ctx, k - 1)->flags & CH_TOKEN_DIGIT) && tok (ctx, k - 1)->len <= 2)
            count = (guint) g_ascii_strtoull (ctx->text + tok (ctx, k - 1)->start, NULL, 10);
          if (!tok_is (ctx, k - 1, "the") && !tok_is (ctx, k - 1, "all") && !tok_is (ctx, k - 1, "its") &&
              !tok_is (ctx, k - 1, "their") && count == 0)
            break;
        }
      /* "the seven member states": the group named last before that has
       * as many members */
      if (!named && count > 0)
        for (guint k = ctx->mentions->len; k > 0 && members == NULL; k--)
          {
            const Mention *m = &g_array_index (ctx->mentions, Mention, k - 1);

            if (m->first < i && m->entry->kind == CH_GAZ_ORGANIZATION && !sentence_ignored (ctx, m->first))
              {
                members = ch_gazetteer_get_members (ctx->self->gazetteer, m->entry->name);
                if (members != NULL && g_strv_length ((char **) members) != count)
                  members = NULL;
              }
          }
      if (members == NULL || (!named && count == 0))
        continue;
      for (n_members = 0; members[n_members] != NULL; n_members++)
        ;
      if (count > 0 && count != n_members)
        continue;
      for (guint k = 0; members[k] != NULL; k++)
        ptr_add_unique (out, (gpointer) members[k]);
      found = TRUE;
      /* "… member states and Egypt", "… and by Egypt" */
      for (guint k = end; k < se->last && k < end + 4; k++)
        {
          const Mention *m = mention_starting_at (ctx, k);

          if (is_country_mention (m) && !(m->entry->flags & CH_GAZ_FLAG_DEMONYM))
            {
              ptr_add_unique (out, (gpointer) m->entry->code);
              break;
            }
          if (!tok_is (ctx, k, "and") && !tok_is (ctx, k, "by") && !tok_is (ctx, k, "with") &&
              !tok_is (ctx, k, "the"))
            break;
        }
    }
  return found;
}

/* The head of an international organisation speaks for it, not for the
 * country of their birth */
static gboolean
speaks_for_organisation (const Person *person)
{
  if (person->org_official)
    return TRUE;
  return person->role != NULL &&
         (strcmp (person->role, "Secretary-General") == 0 ||
          strcmp (person->role, "Deputy Secretary-General") == 0 ||
          strcmp (person->role, "President of the European Commission") == 0 ||
          strcmp (person->role, "President of the European Council") == 0 ||
          strcmp (person->role, "High Representative") == 0);
}

/* An office as the gazetteer of titles spells it ("President",
 * "Secretary-General"), not a descriptor read from the text in lower case
 * ("Electronics chairman", "central bank governor") */
static gboolean
office_title (const char *role)
{
  const char *last = strrchr (role, ' ');

  last = last != NULL ? last + 1 : role;
  return g_ascii_isupper (*last);
}

/* "his first state visit since 2016": the sentence speaks of someone the
 * report has named, by a pronoun */
static gboolean
names_by_pronoun (Ctx   *ctx,
                  guint  s)
{
  static const char *const pronouns[] = { "he", "she", "his", "her", "him", "He", "She", "His", "Her" };
  Sentence *se = sentence (ctx, s);

  for (guint i = se->first; i < se->last; i++)
    if (tok_is_one_of (ctx, i, pronouns, G_N_ELEMENTS (pronouns)))
      return TRUE;
  return FALSE;
}

/* "Saudi and Chinese companies signed 34 investment agreements",
 * "state-owned QatarEnergy and Petronet LNG signed a contract": deals
 * whose signatories are businesses, with no one of a government named
 * and no leader present, are no agreement between states */
static gboolean
signed_by_companies (Ctx   *ctx,
                     guint  s)
{
  static const char *const businesses[] = {
    "company", "companies", "firm", "firms", "businesses", "corporations", "enterprises",
    "state-owned", "owned", "conglomerates", "businessmen", "executives",
  };
  static const char *const presence[] = {
    "presence", "witnessed", "witnessing", "overseeing", "oversaw", "watched", "attended",
  };
  Sentence *se = sentence (ctx, s);
  gboolean business = FALSE;
  guint k;

  for (k = se->first; k < se->last && cue_at (ctx, k) != CUE_SIGN; k++)
    {
      const Mention *m = mention_at (ctx, k);

      /* a person or an office among the signatories */
      if (person_starts_at (ctx, k) || cue_at (ctx, k) == CUE_TITLE ||
          (m != NULL && (m->entry->kind == CH_GAZ_PERSON || m->entry->kind == CH_GAZ_TITLE)))
        return FALSE;
      if (tok_is_one_of (ctx, k, businesses, G_N_ELEMENTS (businesses)))
        business = TRUE;
    }
  if (!business || k >= se->last)
    return FALSE;
  for (k = se->first; k < se->last; k++)
    if (tok_is_one_of (ctx, k, presence, G_N_ELEMENTS (presence)))
      return FALSE;
  return TRUE;
}

static ChEvent *
finish_draft (Ctx   *ctx,
              Draft *d,
              gboolean main_event)
{
  ChEvent *event;
  Sentence *se = sentence (ctx, d->sentence);
  gboolean sides_settled;
  const char *person_country[64] = { NULL };
  /* the names are borrowed from the persons: the event makes its own
   * copies. At most one per person_country[] slot and the NULL, on the
   * stack: four arrays per draft showed in profiles */
  const char *names[G_N_ELEMENTS (person_country) + 1];
  const char *mentions[G_N_ELEMENTS (person_country) + 1];
  const char *roles[G_N_ELEMENTS (person_country) + 1];
  GPtrArray *countries;
  const char *location = d->location;
  const char *location_country = d->location_country;
  guint start, end, first_token;
  g_autofree char *evidence = NULL;
  double confidence;
  guint n_persons;

  if (d->type == CH_EVENT_TYPE_AGREEMENT && signed_by_companies (ctx, d->sentence))
    return NULL;
  /* a spokesperson tells of the event and takes no part in it */
  for (guint q = d->persons->len; q > 0; q--)
    if (((Person *) ctx->persons->pdata[g_array_index (d->persons, guint, q - 1)])->spokesperson)
      g_array_remove_index (d->persons, q - 1);
  n_persons = MIN (d->persons->len, G_N_ELEMENTS (person_country));
  /* the sides, in an array the document's drafts share in turn */
  if (ctx->finish_countries == NULL)
    ctx->finish_countries = g_ptr_array_new ();
  countries = ctx->finish_countries;
  g_ptr_array_set_size (countries, 0);

  /* where: a named venue beats a city named in passing; a venue of a
   * country that plays no part here (a "Foreign Office" elsewhere) is no
   * clue at all */
  if (d->venue != NULL && !venue_takes_part (ctx, d))
    {
      d->venue = NULL;
      d->venue_city = NULL;
      d->venue_country = NULL;
    }
  if (d->venue != NULL && d->venue_city != NULL && d->location_score < 4)
    location = NULL;
  /* a city only named in passing ("prices higher from Cairo to
   * Colombo"), in a country that takes no part, says less than the
   * dateline */
  if (location != NULL && d->location_score <= 1 && ctx->dateline_city != NULL &&
      !d->background && !d->side && !country_named_as_side (ctx, d, location_country))
    location = NULL;
  if (location == NULL && d->venue != NULL && d->venue_city != NULL)
    {
      const ChGazEntry *city = ch_gazetteer_find_name (ctx->self->gazetteer, CH_GAZ_CITY, d->venue_city);

      location = d->venue_city;
      location_country = city != NULL ? city->code : d->venue_country;
    }
  /* a venue outside any city the gazetteer knows ("at Chequers") is
   * somewhere else than the dateline's city */
  if (location == NULL && !d->background && !d->side && ctx->dateline_city != NULL &&
      !(d->venue != NULL && d->venue_city == NULL) &&
      (d->in_country == NULL || g_strcmp0 (d->in_country, ctx->dateline_country) == 0))
    {
      location = ctx->dateline_city;
      location_country = ctx->dateline_country;
    }
  if (location == NULL && d->in_country != NULL)
    location_country = d->in_country;
  if (location == NULL && d->venue_country != NULL)
    location_country = d->venue_country;

  /* who, and for which side */
  for (guint i = 0; i < n_persons; i++)
    {
      Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, i)];

      person_country[i] = person->country;
      /* the head of an international organisation speaks for it, not
       * for the country of their birth: a UN Secretary-General at a
       * signing makes no side of Portugal */
      if (speaks_for_organisation (person))
        continue;
      if (person->country != NULL)
        ptr_add_unique (countries, person->country);
    }
  sides_settled = FALSE;
  if (d->background || d->side)
    {
      /* an older event told in passing: what its own sentence says of the
       * sides comes before the sides the document names most */
      Sentence *own = sentence (ctx, d->sentence);
      guint group = group_of_countries (ctx, own->first, own->last);
      gboolean settled = FALSE;

      /* "the three countries signed …": the sides the document names
       * most, as many as the sentence counts (two sides are the two most
       * named already, below) */
      if (group >= 3 && group > countries->len)
        {
          g_autoptr(GPtrArray) top = g_ptr_array_new ();

          /* "France, Britain and Germany, the three parties to the deal"
           * then "officials from the three countries": the list that
           * counts as many is what the number refers to */
          gboolean listed = listed_countries (ctx, d->sentence, group, top);

          if (!listed)
            most_named_countries (ctx, group, top);
          /* "Venezuelan officials met envoys of the three countries": the
           * side the sentence names itself besides the three */
          else
            for (guint i = 0; i < d->countries->len; i++)
              ptr_add_unique (countries, d->countries->pdata[i]);
          if (top->len == group)
            {
              for (guint i = 0; i < top->len; i++)
                ptr_add_unique (countries, top->pdata[i]);
              settled = TRUE;
            }
        }
      /* "visited Beijing", "a memorandum with Beijing": a capital stands
       * for its country */
      for (guint i = own->first; i < own->last && !settled; i++)
        {
          const Mention *m = mention_starting_at (ctx, i);

          if (m != NULL && m->entry->kind == CH_GAZ_CITY && m->entry->code != NULL &&
              (m->entry->flags & CH_GAZ_FLAG_CAPITAL) && i > 0 &&
              (tok_is (ctx, i - 1, "visited") || tok_is (ctx, i - 1, "with")))
            {
              ptr_add_unique (countries, m->entry->code);
              settled = countries->len >= 2;
            }
        }
      sides_settled = settled;
    }
  for (guint i = 0; i < d->countries->len && !sides_settled; i++)
    ptr_add_unique (countries, d->countries->pdata[i]);
  /* "the six GCC member states signed": the group's members are sides;
   * also in a later sentence of the paragraph that tells of the same
   * text again ("The declaration was signed by …") */
  if (!member_states (ctx, d->sentence, countries))
    for (guint k = d->sentence + 1; k < ctx->sentences->len && k <= d->sentence + 3; k++)
      {
        Sentence *next = sentence (ctx, k);

        if (tok (ctx, next->first)->flags & CH_TOKEN_PARAGRAPH)
          break;
        if (next->first + 2 < next->last && tok_is (ctx, next->first, "The") &&
            (cue_at (ctx, next->first + 1) == CUE_PACT ||
             tok_is (ctx, next->first + 1, "declaration") || tok_is (ctx, next->first + 1, "agreement") ||
             tok_is (ctx, next->first + 1, "treaty") || tok_is (ctx, next->first + 1, "accord")) &&
            member_states (ctx, k, countries))
          break;
      }
  for (guint i = 0; i < d->more_countries->len && countries->len < 2; i++)
    ptr_add_unique (countries, d->more_countries->pdata[i]);
  if (countries->len < 2 && (d->background || d->side))
    {
      /* an older event told in passing: the countries its own sentence
       * names ("since Jordan signed a peace treaty with it") come first */
      Sentence *own = sentence (ctx, d->sentence);

      for (guint i = own->first; i < own->last && countries->len < 2; i++)
        {
          const Mention *m = mention_starting_at (ctx, i);

          if (!is_country_mention (m) || (m->entry->flags & CH_GAZ_FLAG_DEMONYM))
            continue;
          if (i > 0 && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "to") ||
                        tok_is (ctx, i - 1, "from")))
            continue;
          if (g_strcmp0 (m->entry->code, location_country) == 0 && d->type == CH_EVENT_TYPE_THIRD_COUNTRY)
            continue;
          ptr_add_unique (countries, m->entry->code);
        }
    }
  if (countries->len < 2 && (main_event || d->two || d->background || d->side))
    {
      g_autoptr(GPtrArray) top = g_ptr_array_new ();

      top_countries (ctx, top);
      for (guint i = 0; i < top->len && countries->len < 2; i++)
        if (d->type != CH_EVENT_TYPE_THIRD_COUNTRY || g_strcmp0 (top->pdata[i], location_country) != 0)
          ptr_add_unique (countries, top->pdata[i]);
    }
  /* a visit's host is a side */
  if (countries->len < 2 && (d->type == CH_EVENT_TYPE_VISIT || d->has_visit) && location_country != NULL)
    ptr_add_unique (countries, location_country);
  /* an earlier visit told in passing ("travelled to Kyiv in June 2022
   * with the French and German leaders", "met him in Riyadh during a
   * tour of the region"): the country visited is a side, whoever else
   * the sentence names; first, so that a host of unknown country is
   * taken for its own */
  else if ((d->background || d->side) && (d->type == CH_EVENT_TYPE_VISIT || d->has_visit) &&
           !d->has_sidelines && !d->remote && location_country != NULL &&
           (d->occasion == NULL || strstr (d->occasion, "ummit") == NULL) &&
           !g_ptr_array_find_with_equal_func (countries, location_country, g_str_equal, NULL) &&
           document_names_country (ctx, location_country))
    g_ptr_array_insert (countries, 0, (gpointer) location_country);

  /* people of unknown side take the sides no one else holds, in order */
  for (guint i = 0; i < n_persons; i++)
    {
      if (person_country[i] != NULL)
        continue;
      for (guint c = 0; c < countries->len; c++)
        {
          gboolean used = FALSE;

          for (guint k = 0; k < n_persons; k++)
            if (person_country[k] != NULL && strcmp (person_country[k], countries->pdata[c]) == 0)
              used = TRUE;
          if (!used)
            {
              person_country[i] = countries->pdata[c];
              break;
            }
        }
    }

  for (guint i = 0; i < n_persons; i++)
    {
      Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, i)];

      names[i] = person_name (person);
      /* the listed spelling, where the document's adds a middle name that
       * would tell the person apart from the listed one across documents,
       * or is a surname the corpus alone could not tie to anyone */
      mentions[i] = person->middle_name || person->by_surname ? person->curated : person->name;
      roles[i] = person->role != NULL ? person->role : "";
    }
  names[n_persons] = NULL;
  mentions[n_persons] = NULL;
  roles[n_persons] = NULL;
  /* "held talks with his Vietnamese counterpart X": X holds the office of
   * the one other person of the event whose office is told */
  for (guint i = 0; i < n_persons; i++)
    if (g_ascii_strcasecmp (roles[i], "Counterpart") == 0)
      {
        const char *office = NULL;
        guint n_offices = 0;

        for (guint k = 0; k < n_persons; k++)
          if (k != i && *roles[k] != '\0' && g_ascii_strcasecmp (roles[k], "Counterpart") != 0)
            {
              office = roles[k];
              n_offices++;
            }
        if (n_offices == 1)
          roles[i] = office;
      }

  /* what */
  if (d->has_sidelines && d->type == CH_EVENT_TYPE_MEETING)
    d->type = CH_EVENT_TYPE_THIRD_COUNTRY;
  if (d->has_visit && d->type == CH_EVENT_TYPE_MEETING)
    d->type = CH_EVENT_TYPE_VISIT;
  if ((d->type == CH_EVENT_TYPE_MEETING || d->type == CH_EVENT_TYPE_VISIT) &&
      location_country != NULL && countries->len >= 2)
    {
      gboolean is_side = FALSE;

      for (guint c = 0; c < countries->len; c++)
        if (strcmp (countries->pdata[c], location_country) == 0)
          is_side = TRUE;
      if (!is_side)
        d->type = CH_EVENT_TYPE_THIRD_COUNTRY;
    }
  if (d->type == CH_EVENT_TYPE_THIRD_COUNTRY && location_country != NULL && countries->len > 2)
    {
      gboolean participant_from_there = FALSE;

      for (guint i = 0; i < n_persons; i++)
        if (g_strcmp0 (person_country[i], location_country) == 0)
          participant_from_there = TRUE;
      if (!participant_from_there)
        g_ptr_array_remove (countries, (gpointer) location_country);
    }
  if (d->type == CH_EVENT_TYPE_PHONE_CALL || d->remote)
    {
      location = NULL;
      location_country = NULL;
    }

  g_ptr_array_sort (countries, (GCompareFunc) g_strcmp0);
  {
    /* sort the pointers by the strings they point to */
    for (guint a = 0; a < countries->len; a++)
      for (guint b = a + 1; b < countries->len; b++)
        if (strcmp (countries->pdata[a], countries->pdata[b]) > 0)
          {
            gpointer t = countries->pdata[a];

            countries->pdata[a] = countries->pdata[b];
            countries->pdata[b] = t;
          }
  }
  g_ptr_array_add (countries, NULL);
  for (guint a = 0; a < d->topics->len; a++)
    for (guint b = a + 1; b < d->topics->len; b++)
      if (strcmp (d->topics->pdata[a], d->topics->pdata[b]) > 0)
        {
          gpointer t = d->topics->pdata[a];

          d->topics->pdata[a] = d->topics->pdata[b];
          d->topics->pdata[b] = t;
        }
  g_ptr_array_add (d->topics, NULL);
  g_ptr_array_add (d->orgs, NULL);

  /* an interaction needs two sides: a draft without them makes no event,
   * and its fields and id would be computed for nothing (one draft in
   * five) */
  if (countries->len - 1 < 2 && n_persons < 2)
    return NULL;
  /* "he later met the heads of the largest Korean business groups": talks
   * among people of one country are no interaction between states; the
   * head of an international organisation is a side of their own, and a
   * contract signed by two companies in the leaders' presence is the
   * leaders' agreement */
  if (countries->len - 1 < 2 && d->type != CH_EVENT_TYPE_AGREEMENT)
    {
      gboolean organisation = FALSE;

      for (guint i = 0; i < n_persons; i++)
        {
          const Person *person = ctx->persons->pdata[g_array_index (d->persons, guint, i)];

          /* someone of unknown side with an office ("President Sharif")
           * may be the other side; a company's "chairman" is not */
          if (speaks_for_organisation (person) ||
              (person_country[i] == NULL && person->role != NULL && office_title (person->role)))
            organisation = TRUE;
        }
      if (!organisation)
        return NULL;
    }
  /* "talks between the two broke down in 2019", "a visit in 1997": an
   * older contact told in passing that names no one who took part and
   * only a year is the relationship's history, not an event one could
   * record; a text signed that year is one (it has its name) */
  if ((d->background || d->side) && n_persons == 0 && d->type != CH_EVENT_TYPE_AGREEMENT &&
      d->date.year != 0 && d->date.month == 0 && !names_by_pronoun (ctx, d->sentence))
    return NULL;

  /* evidence: the sentence, without the dateline in front of it */
  first_token = se->first;
  if (ctx->dateline_last > first_token && ctx->dateline_first >= first_token &&
      ctx->dateline_last < se->last)
    first_token = ctx->dateline_last;
  start = tok (ctx, first_token)->start;
  end = tok (ctx, se->last - 1)->start + tok (ctx, se->last - 1)->len;
  evidence = collapse_whitespace (ctx->text + start, end - start);

  /* when */
  if (d->date.year == 0 && d->date_text == NULL && (main_event || d->same_day) &&
      ctx->doc_date.year != 0)
    d->date = ctx->doc_date;

  confidence = 0.4;
  confidence += 0.15 * MIN (n_persons, 2);
  if (countries->len - 1 >= 2)
    confidence += 0.1;
  if (d->date.year != 0)
    confidence += 0.05;
  if (location != NULL)
    confidence += 0.05;
  if (d->background)
    confidence *= 0.8;

  /* the event's fields at once, without a setter and a notification
   * each: no one listens to an event still being made */
  {
    const char *sources[2] = { ch_document_get_uri (ctx->document), NULL };
    ChEventFields fields = {
      .type = d->type,
      .date = d->date,
      .date_text = d->date_text != NULL ? d->date_text : "",
      .location = location != NULL ? location_spelling (ctx, d, location) : NULL,
      .location_country = location_country,
      .venue = d->venue,
      .occasion = d->occasion,
      .participants = names,
      .roles = roles,
      .mentions = mentions,
      .countries = (const char * const *) countries->pdata,
      .organizations = (const char * const *) d->orgs->pdata,
      .topics = (const char * const *) d->topics->pdata,
      .sources = sources,
      .source_title = ch_document_get_title (ctx->document),
      .evidence = g_steal_pointer (&evidence),
      .evidence_start = start,
      .evidence_end = end,
      .dateline = ctx->dateline_text,
      .document = ctx->document,
      .reports = 1,
      .confidence = MIN (confidence, 0.95),
    };

    event = ch_event_new_with_fields (&fields);
  }

  return event;
}

/* Entities */

typedef struct
{
  ChEntityKind kind;
  guint        start;
  guint        end;
  const char  *value;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sa->end < sb->end ? 1 : sa->end > sb->end ? -1 : 0;
}

/* The stable sort of @n spans in place: by insertion while nearly in
 * order, else GLib's merge sort, as sort_nearly_sorted() does */
static void
sort_span_run (Span  *p,
               guint  n)
{
  gsize moves = 0;

  for (guint i = 1; i < n; i++)
    {
      Span item = p[i];
      guint j = i;

      while (j > 0 && compare_spans (&p[j - 1], &item) > 0)
        {
          p[j] = p[j - 1];
          j--;
        }
      p[j] = item;
      moves += i - j;
      if (moves > SORT_MAX_MOVES (n))
        {
          g_qsort_with_data (p, (gint) n, sizeof (Span), (GCompareDataFunc) compare_spans, NULL);
          return;
        }
    }
}

/* ch_day_format() into @buf, without its allocation and printf(): a
 * report dates a handful of spans, each interned right after */
static const char *
format_day_into (const ChDay *day,
                 char         buf[16])
{
  char *p = buf;
  guint year = day->year;
  char digits[8];
  guint n = 0;

  if (day->year == 0)
    return "";
  do
    {
      digits[n++] = (char) ('0' + year % 10);
      year /= 10;
    }
  while (year != 0);
  for (guint k = n; k < 4; k++)
    *p++ = '0';
  while (n > 0)
    *p++ = digits[--n];
  if (day->month != 0)
    {
      *p++ = '-';
      *p++ = (char) ('0' + day->month / 10 % 10);
      *p++ = (char) ('0' + day->month % 10);
      if (day->month >= 100)
        return NULL;
      if (day->day != 0)
        {
          if (day->day >= 100)
            return NULL;
          *p++ = '-';
          *p++ = (char) ('0' + day->day / 10);
          *p++ = (char) ('0' + day->day % 10);
        }
    }
  *p = '\0';
  return buf;
}

/* Appends the stably sorted runs @a and @b to @out, @a's span first
 * where two compare equal: the result is the stable sort of @a then @b,
 * as g_array_sort() of the two together would give it. */
static guint
merge_spans (const Span *a,
             guint       na,
             const Span *b,
             guint       nb,
             Span       *out)
{
  guint i = 0, j = 0, n = 0;

  while (i < na && j < nb)
    {
      if (compare_spans (&a[i], &b[j]) <= 0)
        out[n++] = a[i++];
      else
        out[n++] = b[j++];
    }
  while (i < na)
    out[n++] = a[i++];
  while (j < nb)
    out[n++] = b[j++];
  return n;
}

static void
record_entities (Ctx *ctx)
{
  /* three runs, each nearly in order on its own (persons, gazetteer
   * mentions, dates): each is sorted where it stands and the three are
   * merged, which is the stable sort of the whole without an insertion
   * sort moving one run's spans across another's */
  guint cap = ctx->pmentions->len + ctx->mentions->len + ctx->dates->len;
  g_autofree Span *spans = g_new (Span, 2 * (gsize) cap + 1);
  Span *merged = spans + cap;
  guint n_spans = 0, n_persons, n_mentions, n_merged;
  g_autoptr(GArray) entities = NULL;
  guint n_entities = 0;
  guint8 *person_token = g_new0 (guint8, ctx->n + 1);
  guint covered = 0;

  for (guint k = 0; k < ctx->pmentions->len; k++)
    {
      const PersonMention *pm = &g_array_index (ctx->pmentions, PersonMention, k);
      Person *person = ctx->persons->pdata[pm->person];
      Span span = { CH_ENTITY_PERSON, tok (ctx, pm->first)->start,
                    tok (ctx, pm->first + pm->n - 1)->start + tok (ctx, pm->first + pm->n - 1)->len,
                    person->curated != NULL ? person->curated : g_intern_string (person->name) };

      spans[n_spans++] = span;
      for (guint i = pm->first; i < pm->first + pm->n; i++)
        person_token[i] = 1;
    }
  n_persons = n_spans;

  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      const Mention *m = &g_array_index (ctx->mentions, Mention, k);
      Span span;

      if (person_token[m->first] || (sentence (ctx, ctx->sentence_of[m->first])->flags & SENT_HEADER) ||
          (m->first >= ctx->agency_first && m->first < ctx->agency_last) ||
          cue_at (ctx, m->first + m->n) == CUE_AGENCY)
        continue;
      span.start = tok (ctx, m->first)->start;
      span.end = tok (ctx, m->first + m->n - 1)->start + tok (ctx, m->first + m->n - 1)->len;
      span.value = m->entry->name;
      switch (m->entry->kind)
        {
        case CH_GAZ_COUNTRY:
          span.kind = CH_ENTITY_COUNTRY;
          span.value = m->entry->code;
          break;
        case CH_GAZ_CITY:
          span.kind = CH_ENTITY_CITY;
          break;
        case CH_GAZ_VENUE:
          span.kind = CH_ENTITY_VENUE;
          break;
        case CH_GAZ_ORGANIZATION:
          span.kind = CH_ENTITY_ORGANIZATION;
          break;
        case CH_GAZ_INSTITUTION:
          span.kind = CH_ENTITY_INSTITUTION;
          break;
        case CH_GAZ_TITLE:
          span.kind = CH_ENTITY_ROLE;
          break;
        case CH_GAZ_TOPIC:
          /* "Security Council", "food security": a phrase that cancels
           * a topic's term is no topic of its own */
          if (m->entry->flags & CH_GAZ_FLAG_EXCLUDE)
            continue;
          span.kind = CH_ENTITY_TOPIC;
          break;
        case CH_GAZ_PERSON:
        case CH_GAZ_CUE:
        default:
          continue;
        }
      spans[n_spans++] = span;
    }
  n_mentions = n_spans - n_persons;

  for (guint d = 0; d < ctx->dates->len; d++)
    {
      const ChDateMatch *m = &g_array_index (ctx->dates, ChDateMatch, d);
      Span span = { CH_ENTITY_DATE, m->start, m->end, NULL };
      char buf[16];
      const char *iso;

      if (sentence (ctx, ctx->sentence_of[m->first_token])->flags & SENT_HEADER)
        continue;
      iso = format_day_into (&m->day, buf);
      if (iso != NULL)
        span.value = g_intern_string (iso);
      else
        {
          g_autofree char *text = ch_day_format (&m->day);

          span.value = g_intern_string (text);
        }
      spans[n_spans++] = span;
    }

  sort_span_run (spans, n_persons);
  sort_span_run (spans + n_persons, n_mentions);
  sort_span_run (spans + n_persons + n_mentions, n_spans - n_persons - n_mentions);
  n_merged = merge_spans (spans, n_persons, spans + n_persons, n_mentions, merged);
  /* the persons' and mentions' spans are now in @merged: the first part
   * of @spans is free for the final merge with the dates */
  n_merged = merge_spans (merged, n_merged, spans + n_persons + n_mentions,
                          n_spans - n_persons - n_mentions, spans + 0);
  g_assert (n_merged == n_spans);
  entities = g_array_sized_new (FALSE, FALSE, sizeof (ChEntity), n_spans);
  g_array_set_size (entities, n_spans);
  ch_document_clear_entities (ctx->document);
  /* every value is interned already (gazetteer strings, g_intern_string()),
   * so the spans go to the document in one call, in place */
  for (guint i = 0; i < n_spans; i++)
    {
      const Span *span = &spans[i];
      ChEntity *entity = &g_array_index (entities, ChEntity, n_entities);

      if (span->start < covered)
        continue;
      entity->kind = span->kind;
      entity->start = span->start;
      entity->end = span->end;
      entity->value = span->value != NULL ? span->value : g_intern_static_string ("");
      n_entities++;
      covered = span->end;
    }
  ch_document_add_interned_entities (ctx->document, (const ChEntity *) (gpointer) entities->data,
                                     n_entities);

  g_free (person_token);
}

/* The name key of the surname of a listed person, where a surname alone
 * may name them: a name of two or three words with a country, each word
 * capitalised and none a particle ("bin", "da", "Al"), the last neither
 * a numeral ("Mohammed VI") nor a syllable of a Korean or Chinese given
 * name ("Kim Jong Un") */
static char *
listed_surname_key (const ChGazEntry *person)
{
  g_auto(GStrv) words = NULL;
  guint n;
  const char *last;

  if (person->code == NULL || person->name == NULL)
    return NULL;
  words = g_strsplit (person->name, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > 3)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) || strcmp (words[i], "Al") == 0 ||
        strcmp (words[i], "El") == 0 || strchr (words[i], '.') != NULL)
      return NULL;
  last = words[n - 1];
  if (g_utf8_strlen (last, -1) < 4 || !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (last))))
    return NULL;
  return ch_alias_name_key (last);
}

/* GObject */

static void
ch_extractor_finalize (GObject *object)
{
  ChExtractor *self = (ChExtractor *) object;

  g_clear_object (&self->gazetteer);
  g_clear_object (&self->cues);
  g_clear_pointer (&self->index, ch_gaz_index_free);
  g_clear_pointer (&self->stop, g_hash_table_unref);
  g_clear_pointer (&self->capitals, g_hash_table_unref);
  g_clear_pointer (&self->surnames, g_hash_table_unref);

  G_OBJECT_CLASS (ch_extractor_parent_class)->finalize (object);
}

static void
ch_extractor_class_init (ChExtractorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_extractor_finalize;
}

static void
ch_extractor_init (ChExtractor *self)
{
  self->cues = ch_gazetteer_new ();
  for (guint i = 0; i < G_N_ELEMENTS (cue_words); i++)
    ch_gazetteer_add (self->cues, CH_GAZ_CUE, cue_words[i].form, cue_words[i].form, NULL, NULL,
                      (cue_words[i].cue == CUE_AGENCY || cue_words[i].cue == CUE_HONORIFIC)
                        ? CH_GAZ_FLAG_CASE_SENSITIVE : 0,
                      cue_words[i].cue);
  self->stop = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    {
      guint32 hash = ch_token_hash (stop_words[i], strlen (stop_words[i]));
      guint slot = hash % STOP_SLOTS;

      g_hash_table_add (self->stop, (gpointer) stop_words[i]);
      while (self->stop_slots[slot] != NULL)
        slot = (slot + 1) % STOP_SLOTS;
      self->stop_slots[slot] = stop_words[i];
      self->stop_hashes[slot] = hash;
    }
}

/**
 * ch_extractor_new_with_gazetteer:
 * @gazetteer: the lists to match
 *
 * Returns: (transfer full): an extractor using @gazetteer
 */
ChExtractor *
ch_extractor_new_with_gazetteer (ChGazetteer *gazetteer)
{
  ChExtractor *self;

  g_return_val_if_fail (CH_IS_GAZETTEER (gazetteer), NULL);

  self = g_object_new (CH_TYPE_EXTRACTOR, NULL);
  self->gazetteer = g_object_ref (gazetteer);
  {
    ChGazetteer *both[] = { self->cues, gazetteer };

    self->index = ch_gaz_index_new (both, G_N_ELEMENTS (both));
    for (guint i = 0; i < G_N_ELEMENTS (class_lists); i++)
      for (gsize k = 0; k < class_lists[i].n_words; k++)
        if (!ch_gaz_index_add_class (self->index, class_lists[i].words[k], class_lists[i].word_class))
          g_assert_not_reached ();
    {
      guint n_date_words;
      const char *const *date_words = ch_date_get_words (&n_date_words);

      for (guint k = 0; k < n_date_words; k++)
        if (!ch_gaz_index_add_class (self->index, date_words[k], WORD_DATE))
          g_assert_not_reached ();
    }
  }
  self->capitals = g_hash_table_new (g_str_hash, g_str_equal);
  {
    g_autoptr(GPtrArray) cities = ch_gazetteer_list (gazetteer, CH_GAZ_CITY);

    for (guint i = 0; i < cities->len; i++)
      {
        const ChGazEntry *city = cities->pdata[i];

        /* a country with several seats keeps none: "the Dutch capital" is unclear */
        if (!(city->flags & CH_GAZ_FLAG_CAPITAL) || city->code == NULL)
          continue;
        if (g_hash_table_contains (self->capitals, city->code))
          g_hash_table_replace (self->capitals, (gpointer) city->code, NULL);
        else
          g_hash_table_insert (self->capitals, (gpointer) city->code, (gpointer) city);
      }
  }
  self->surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(GPtrArray) people = ch_gazetteer_list (gazetteer, CH_GAZ_PERSON);

    for (guint i = 0; i < people->len; i++)
      {
        const ChGazEntry *person = people->pdata[i];
        char *key = listed_surname_key (person);

        if (key == NULL)
          continue;
        /* a surname two listed people share names neither: "Sharif" */
        if (g_hash_table_contains (self->surnames, key))
          g_hash_table_replace (self->surnames, key, NULL);
        else
          g_hash_table_insert (self->surnames, key, (gpointer) person);
      }
  }
  return self;
}

/**
 * ch_extractor_new:
 *
 * Returns: (transfer full): an extractor using the gazetteer compiled
 *   into the program
 */
ChExtractor *
ch_extractor_new (GError **error)
{
  ChGazetteer *gazetteer = ch_gazetteer_get_default ();

  if (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_COUNTRY) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "The gazetteer of this build has no countries");
      return NULL;
    }
  return ch_extractor_new_with_gazetteer (gazetteer);
}

static void
person_free (Person *person)
{
  g_free (person->name);
  g_free (person);
}

/* Whether token @i is a word written as a name's words are: a capital
 * first, letters only, not all capitals */
static gboolean
is_capitalised_word (Ctx   *ctx,
                     guint  i)
{
  guint16 f = ctx->tokens[i].flags;

  return (f & (CH_TOKEN_WORD | CH_TOKEN_UPPER | CH_TOKEN_LETTERS)) ==
         (CH_TOKEN_WORD | CH_TOKEN_UPPER | CH_TOKEN_LETTERS) &&
         !(f & CH_TOKEN_ALL_UPPER) && ctx->tokens[i].len >= 2;
}

/* 'Ferdinand "Bongbong" Marcos Jr.', 'Joseph "Joe" Smith': a nickname in
 * quotes between a given and a family name is no part of the name the
 * person is listed and known by. Its three tokens are dropped, so that the
 * name reads and matches the gazetteer as it is usually written; the text
 * and every offset into it stay as they are. */
static void
drop_nicknames (Ctx *ctx)
{
  ChToken *tokens = (ChToken *) ctx->token_array->data;
  guint out = 0;
  guint i = 0;

  while (i < ctx->n)
    {
      if (i > 0 && i + 3 < ctx->n && tok_is_open_quote (ctx, i) && tok_is_close_quote (ctx, i + 2) &&
          (tokens[i].flags & CH_TOKEN_SPACE) && !(tokens[i + 1].flags & CH_TOKEN_SPACE) &&
          !(tokens[i + 2].flags & CH_TOKEN_SPACE) && (tokens[i + 3].flags & CH_TOKEN_SPACE) &&
          !((tokens[i].flags | tokens[i + 1].flags | tokens[i + 2].flags | tokens[i + 3].flags) &
            CH_TOKEN_NEWLINE) &&
          is_capitalised_word (ctx, i - 1) && is_capitalised_word (ctx, i + 1) &&
          is_capitalised_word (ctx, i + 3) &&
          /* the same quote closes as opened: '"' … '"', or U+201C … U+201D */
          (tokens[i].len == tokens[i + 2].len))
        {
          i += 3;
          continue;
        }
      if (out != i)
        {
          tokens[out] = tokens[i];
          ctx->index_words[out] = ctx->index_words[i];
          ctx->word_class[out] = ctx->word_class[i];
        }
      out++;
      i++;
    }
  if (out == ctx->n)
    return;
  /* the arrays hold one entry more than there are tokens */
  ctx->index_words[out] = ctx->index_words[ctx->n];
  ctx->word_class[out] = ctx->word_class[ctx->n];
  g_array_set_size (ctx->token_array, out);
  ctx->tokens = (const ChToken *) ctx->token_array->data;
  ctx->n = out;
}

/**
 * ch_extractor_extract:
 * @document: the document to read; its entity spans and dateline are set
 *
 * Returns: (transfer full) (element-type ChEvent): the events @document
 *   reports, in text order
 */
GPtrArray *
ch_extractor_extract (ChExtractor *self,
                      ChDocument  *document)
{
  Ctx ctx = { 0 };
  GPtrArray *events;

  g_return_val_if_fail (CH_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (CH_IS_DOCUMENT (document), NULL);

  events = g_ptr_array_new_with_free_func (g_object_unref);

  ctx.self = self;
  ctx.document = document;
  ctx.text = ch_document_get_text (document);
  ctx.len = ch_document_get_text_length (document);
  if (ctx.text == NULL || ctx.len == 0 || ctx.len >= G_MAXUINT32)
    {
      ch_document_clear_entities (document);
      return events;
    }
  ctx.doc_date = *ch_document_get_date (document);
  {
    ChGazScan scan = { 0 };

    ctx.token_array = ch_gaz_index_tokenize (self->index, ctx.text, ctx.len, &scan);
    ctx.index_words = scan.words;
    ctx.word_class = scan.classes;
  }
  ctx.tokens = (const ChToken *) ctx.token_array->data;
  ctx.n = ctx.token_array->len;
  ctx.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  ctx.sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  ctx.persons = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  ctx.pmentions = g_array_new (FALSE, FALSE, sizeof (PersonMention));
  ctx.person_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_array_unref);
  ctx.drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);

  if (ctx.n > 0)
    {
      drop_nicknames (&ctx);
      match_all (&ctx);
      split_sentences (&ctx);
      /* dates first without a reference, to find the page's own date lines */
      ctx.dates = ch_date_scan_tokens_classes (ctx.text, ctx.tokens, ctx.n, ctx.word_class,
                                               WORD_DATE, NULL);
      classify_lines (&ctx);
      find_dateline (&ctx);
      if (ctx.doc_date.year == 0)
        find_publication_date (&ctx);
      if (ctx.doc_date.year != 0)
        ch_date_resolve (ctx.text, ctx.tokens, ctx.n, ctx.dates, &ctx.doc_date);
      if (ch_document_get_date (document)->year == 0 && ctx.doc_date.year != 0)
        ch_document_set_date (document, &ctx.doc_date);
      ch_document_set_dateline (document, ctx.dateline_text);

      classify_words (&ctx);
      find_persons (&ctx);
      sort_pmentions (ctx.pmentions);
      build_drafts (&ctx);

      for (guint i = 0, seen_main = FALSE; i < ctx.drafts->len; i++)
        {
          Draft *d = ctx.drafts->pdata[i];
          ChEvent *event;

          /* "talks on the treaty, which expires in 2026, would begin":
           * a report tells what has happened; a draft dated after the
           * report's own date is a plan or a deadline, not an event */
          if (day_after (&d->date, &ctx.doc_date))
            continue;
          event = finish_draft (&ctx, d, !d->background && !seen_main);

          if (!d->background)
            seen_main = TRUE;

          if (event != NULL)
            g_ptr_array_add (events, event);
        }
      record_entities (&ctx);
    }
  else
    ch_document_clear_entities (document);

  g_array_unref (ctx.token_array);
  g_free (ctx.cue);
  g_free (ctx.cue_len);
  g_free (ctx.mention_at);
  g_free (ctx.sentence_of);
  g_free (ctx.word_class);
  g_free (ctx.index_words);
  g_free (ctx.sentence_class);
  g_free (ctx.rule_mark);
  g_array_unref (ctx.mentions);
  g_array_unref (ctx.sentences);
  g_clear_pointer (&ctx.dates, g_array_unref);
  g_ptr_array_unref (ctx.persons);
  g_array_unref (ctx.pmentions);
  g_hash_table_unref (ctx.person_index);
  g_ptr_array_unref (ctx.drafts);
  g_clear_pointer (&ctx.finish_countries, g_ptr_array_unref);
  g_free (ctx.dateline_text);
  g_free (ctx.key_name);
  g_free (ctx.key);
  for (guint i = 0; i < ctx.n_spare_persons; i++)
    g_array_unref (ctx.spare_persons[i]);
  for (guint i = 0; i < ctx.n_spare_sides; i++)
    g_ptr_array_unref (ctx.spare_sides[i]);

  return events;
}
