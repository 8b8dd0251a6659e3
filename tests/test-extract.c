/* test-extract.c: documents -> entities and events
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The snippets are written for these tests: each one sets a trap of the
 * genre (a dateline city that is not the meeting's city, a page header
 * date, a visit that has not happened yet, a news agency that looks like a
 * name) in other regions than the development articles.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "ch-consolidate.h"
#include "ch-extract.h"

static ChExtractor *extractor;

static GPtrArray *
extract_full (const char  *text,
              const char  *date,
              ChDocument **out_document)
{
  g_autoptr(ChDocument) document = NULL;
  g_autofree char *title = NULL;
  const char *nl = strchr (text, '\n');
  GPtrArray *events;

  title = nl != NULL ? g_strndup (text, nl - text) : g_strdup (text);
  document = ch_document_new ("test://snippet", title, text);
  if (date != NULL)
    {
      ChDay day;

      g_assert_true (ch_day_parse_iso (date, &day));
      ch_document_set_date (document, &day);
    }
  events = ch_extractor_extract (extractor, document);
  g_assert_nonnull (events);
  if (out_document != NULL)
    *out_document = g_steal_pointer (&document);
  return events;
}

static GPtrArray *
extract (const char *text,
         const char *date)
{
  return extract_full (text, date, NULL);
}

static void
assert_field (ChEvent    *event,
              const char *field,
              const char *expected)
{
  g_autofree char *value = ch_event_dup_field (event, field);

  if (g_strcmp0 (value, expected) != 0)
    g_test_message ("%s: got \"%s\", expected \"%s\"", field, value, expected);
  g_assert_cmpstr (value, ==, expected);
}

static gboolean
field_contains (ChEvent    *event,
                const char *field,
                const char *needle)
{
  g_autofree char *value = ch_event_dup_field (event, field);

  return strstr (value, needle) != NULL;
}

static void
test_third_country_dateline (void)
{
  const char *text =
    "NEW DELHI: India's External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign "
    "Minister Sergey Lavrov on the sidelines of the 23rd Shanghai Cooperation Organisation "
    "Council of Foreign Ministers held in Astana on Thursday.\n\n"
    "The two ministers discussed oil supplies, payments in national currencies and the "
    "North-South Transport Corridor.\n";
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = extract_full (text, "2024-07-06", &document);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "third_country");
  assert_field (e, "cameo", "044");
  assert_field (e, "location", "Astana");
  assert_field (e, "location_country", "KZ");
  assert_field (e, "dateline", "NEW DELHI");
  assert_field (e, "date", "2024-07-04");
  assert_field (e, "date_text", "on Thursday");
  assert_field (e, "countries", "IN; RU");
  assert_field (e, "organizations", "SCO");
  g_assert_true (field_contains (e, "participants", "Lavrov"));
  g_assert_true (field_contains (e, "participants", "Jaishankar"));
  g_assert_true (field_contains (e, "topics", "energy"));
  g_assert_true (field_contains (e, "topics", "connectivity"));
  g_assert_cmpstr (ch_document_get_dateline (document), ==, "NEW DELHI");
  g_assert_cmpstr (ch_event_get_sources (e)[0], ==, "test://snippet");
  g_assert_nonnull (ch_event_get_event_id (e));
}

static void
test_relative_without_document_date (void)
{
  const char *text =
    "Kenya and Ethiopia on Tuesday agreed to expand cross-border trade during a meeting between "
    "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed at the State House "
    "in Nairobi.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "date", "");
  assert_field (e, "date_precision", "");
  assert_field (e, "date_text", "on Tuesday");
  assert_field (e, "location", "Nairobi");
  assert_field (e, "countries", "ET; KE");
  assert_field (e, "type", "meeting");
  g_assert_true (field_contains (e, "topics", "trade"));
}

static void
test_phone_call (void)
{
  const char *text =
    "TOKYO, March 3 (Kyodo) - Japanese Prime Minister Fumio Kishida held a telephone "
    "conversation with South Korean President Yoon Suk Yeol on Friday, and the two leaders "
    "agreed to strengthen security cooperation.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-03-04");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "phone_call");
  assert_field (e, "cameo", "041");
  assert_field (e, "location", "");
  assert_field (e, "location_country", "");
  assert_field (e, "date", "2023-03-03");
  assert_field (e, "countries", "JP; KR");
  assert_field (e, "dateline", "TOKYO");
  g_assert_false (field_contains (e, "participants", "Kyodo"));
  g_assert_true (field_contains (e, "topics", "security"));
}

static void
test_agreement (void)
{
  const char *text =
    "Brazil and Argentina signed a memorandum of understanding on natural gas supplies in "
    "Buenos Aires on 23 January 2023.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-01-24");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "agreement");
  assert_field (e, "cameo", "057");
  assert_field (e, "date", "2023-01-23");
  assert_field (e, "date_text", "23 January 2023");
  assert_field (e, "location", "Buenos Aires");
  assert_field (e, "countries", "AR; BR");
  g_assert_true (field_contains (e, "topics", "energy"));
}

static void
test_mediation_talks (void)
{
  const char *text =
    "DOHA: Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani held talks with US "
    "Secretary of State Antony Blinken in Doha on Wednesday on efforts to reach a ceasefire "
    "and the release of hostages.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-02-08");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "meeting");
  assert_field (e, "location", "Doha");
  assert_field (e, "location_country", "QA");
  assert_field (e, "date", "2024-02-07");
  assert_field (e, "countries", "QA; US");
  g_assert_true (field_contains (e, "participants", "Blinken"));
  g_assert_true (field_contains (e, "topics", "peace"));
}

static void
test_negotiation (void)
{
  const char *text =
    "China and Vietnam held a new round of negotiations on maritime issues in Hanoi on "
    "12 March 2024, the foreign ministry said.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "negotiation");
  assert_field (e, "cameo", "046");
  assert_field (e, "date", "2024-03-12");
  assert_field (e, "location", "Hanoi");
  assert_field (e, "countries", "CN; VN");
}

static void
test_future_visit_is_no_event (void)
{
  static const char *texts[] = {
    "Chinese President Xi Jinping will visit Kazakhstan next month, the foreign ministry said.\n",
    "German Chancellor Olaf Scholz is expected to travel to Brazil in January for talks with "
    "President Luiz Inacio Lula da Silva.\n",
    "The Indonesian President invited the Turkish President to visit Jakarta next year.\n",
    "The upcoming meeting between the foreign ministers of Egypt and Turkey has been postponed.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) events = extract (texts[i], "2024-10-01");

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (events->len, ==, 0);
    }
}

static void
test_no_interaction (void)
{
  const char *text =
    "Relations between India and Bangladesh have grown steadily over the past decade, "
    "analysts say.\n\nTrade between the two countries reached $15 billion last year, and "
    "both sides see room for more investment in energy.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-01");

  g_assert_cmpuint (events->len, ==, 0);
}

static void
test_page_furniture (void)
{
  const char *text =
    "31.4 C\n"
    "Egypt\n"
    "Monday, October 14, 2024\n"
    "\n"
    "Egypt and Turkey pledge closer cooperation\n"
    "\n"
    "Cairo News Agency - In an official meeting in Ankara, the foreign ministers of Egypt and "
    "Turkey discussed trade and regional security.\n"
    "\n"
    "Share on Social Media\n"
    "\n"
    "Read more:\n"
    "\n"
    "Egypt, Turkey mark centenary of diplomatic relations\n"
    "\n"
    "Related Articles\n"
    "\n"
    "LEAVE A REPLY\n";
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = extract_full (text, NULL, &document);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  /* the page header's date is the day the page was saved, not the article's */
  assert_field (e, "date", "");
  assert_field (e, "location", "Ankara");
  assert_field (e, "countries", "EG; TR");
  assert_field (e, "participants", "");
  g_assert_cmpuint (ch_document_get_date (document)->year, ==, 0);
}

static void
test_older_event_in_passing (void)
{
  const char *text =
    "ABUJA, 5 June 2024 (NAN): Nigeria's Foreign Minister Yusuf Tuggar met Ghanaian Foreign "
    "Minister Shirley Ayorkor Botchwey in Abuja to discuss regional security.\n"
    "\n"
    "Nigeria-Ghana Ties\n"
    "\n"
    "Nigeria and Ghana have long cooperated within ECOWAS. In 2019, the two countries signed "
    "an agreement on cross-border trade.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *main_event, *older;

  g_assert_cmpuint (events->len, ==, 2);
  main_event = events->pdata[0];
  older = events->pdata[1];
  assert_field (main_event, "type", "meeting");
  assert_field (main_event, "date", "2024-06-05");
  assert_field (main_event, "location", "Abuja");
  assert_field (main_event, "countries", "GH; NG");
  g_assert_true (field_contains (main_event, "topics", "security"));
  g_assert_false (field_contains (main_event, "topics", "trade"));
  assert_field (older, "type", "agreement");
  assert_field (older, "date", "2019");
  assert_field (older, "date_text", "In 2019");
  assert_field (older, "countries", "GH; NG");
  assert_field (older, "participants", "");
  g_assert_true (field_contains (older, "topics", "trade"));
}

static void
test_entities (void)
{
  const char *text =
    "MOSCOW: Valentina Matviyenko, Chairwoman of the Federation Council of Russia, received "
    "Pakistan's Senate Chairman Yousuf Raza Gilani at the Kremlin on 14 May 2025. Ms. "
    "Matviyenko and Mr. Gilani discussed energy.\n";
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = extract_full (text, NULL, &document);
  const ChEntity *entities;
  guint n, persons = 0, countries = 0, dates = 0, topics = 0;
  guint last_start = 0;

  entities = ch_document_get_entities (document, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const ChEntity *e = &entities[i];
      g_autofree char *words = g_strndup (text + e->start, e->end - e->start);

      g_test_message ("%s [%s] %s", ch_entity_kind_to_string (e->kind), words, e->value);
      g_assert_cmpuint (e->start, >=, last_start);
      g_assert_cmpuint (e->end, >, e->start);
      last_start = e->end;
      switch (e->kind)
        {
        case CH_ENTITY_PERSON:
          persons++;
          g_assert_true (strstr (e->value, "Gilani") != NULL || strstr (e->value, "Matv") != NULL);
          break;
        case CH_ENTITY_COUNTRY:
          countries++;
          break;
        case CH_ENTITY_DATE:
          dates++;
          g_assert_cmpstr (e->value, ==, "2025-05-14");
          break;
        case CH_ENTITY_TOPIC:
          topics++;
          break;
        case CH_ENTITY_CITY:
        case CH_ENTITY_ORGANIZATION:
        case CH_ENTITY_VENUE:
        case CH_ENTITY_INSTITUTION:
        case CH_ENTITY_ROLE:
        default:
          break;
        }
    }
  g_assert_cmpuint (persons, ==, 4);
  g_assert_cmpuint (countries, >=, 1);
  g_assert_cmpuint (dates, ==, 1);
  g_assert_cmpuint (topics, ==, 1);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "visit");
  assert_field (events->pdata[0], "venue", "Kremlin");
  assert_field (events->pdata[0], "location", "Moscow");
  assert_field (events->pdata[0], "countries", "PK; RU");
  /* mentions keep the document's spelling */
  g_assert_cmpstr (ch_event_get_mentions (events->pdata[0])[0], ==, "Valentina Matviyenko");
}

static void
test_consolidate (void)
{
  const char *a =
    "MOSCOW, 14 May 2025: Russian Foreign Minister Sergey Lavrov met Indian External Affairs "
    "Minister Subrahmanyam Jaishankar in Moscow.\n";
  const char *b =
    "Indian External Affairs Minister S. Jaishankar held talks with Foreign Minister of Russia "
    "Sergei Lavrov in Moscow on Wednesday.\n";
  const char *c =
    "MOSCOW, 14 May 2025: Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister "
    "Wang Yi in Moscow.\n";
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const char *texts[] = { a, b, c };
  const char *uris[] = { "test://a", "test://b", "test://c" };

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ChDocument) document = ch_document_new (uris[i], "t", texts[i]);
      ChDay day = { 2025, 5, 15 };
      g_autoptr(GPtrArray) events = NULL;

      ch_document_set_date (document, &day);
      events = ch_extractor_extract (extractor, document);
      g_assert_cmpuint (events->len, ==, 1);
      g_ptr_array_add (raw, g_object_ref (events->pdata[0]));
    }

  merged = ch_consolidate (raw, aliases);
  g_assert_cmpuint (merged->len, ==, 2);
  for (guint i = 0; i < merged->len; i++)
    {
      ChEvent *e = merged->pdata[i];

      if (field_contains (e, "participants", "Jaishankar"))
        {
          assert_field (e, "reports", "2");
          assert_field (e, "source", "test://a; test://b");
          g_assert_true (field_contains (e, "participants", "Sergey Lavrov"));
          g_assert_false (field_contains (e, "participants", "Sergei"));
        }
      else
        {
          assert_field (e, "reports", "1");
          assert_field (e, "source", "test://c");
        }
    }

  /* running it again over the same raw events gives the same result */
  again = ch_consolidate (raw, aliases);
  g_assert_cmpuint (again->len, ==, 2);
  for (guint i = 0; i < again->len; i++)
    if (field_contains (again->pdata[i], "participants", "Jaishankar"))
      assert_field (again->pdata[i], "reports", "2");
}

/* Two outlets tell the same talks, each naming other subjects: the one
 * event the corpus lists carries the subjects and organizations of both
 * reports, however often the reports are consolidated. */
static void
test_consolidate_subjects_of_every_report (void)
{
  const char *texts[] = {
    "LIMA, 9 October 2024: Peruvian Foreign Minister Javier Gonzalez-Olaechea held talks with "
    "Chilean Foreign Minister Alberto van Klaveren in Lima on Tuesday. The two ministers discussed "
    "fishing quotas and fertilizer supplies.\n",
    "Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Javier "
    "Gonzalez-Olaechea in Lima on Tuesday. They discussed lithium mining and coordination "
    "in the G20.\n",
  };
  const char *uris[] = { "test://lima-a", "test://lima-b" };
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(ChDocument) document = ch_document_new (uris[i], "t", texts[i]);
      ChDay day = { 2024, 10, 9 };
      g_autoptr(GPtrArray) events = NULL;

      ch_document_set_date (document, &day);
      events = ch_extractor_extract (extractor, document);
      g_assert_cmpuint (events->len, ==, 1);
      g_ptr_array_add (raw, g_object_ref (events->pdata[0]));
    }
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GPtrArray) merged = ch_consolidate (raw, aliases);
      ChEvent *e;

      g_assert_cmpuint (merged->len, ==, 1);
      e = merged->pdata[0];
      assert_field (e, "reports", "2");
      assert_field (e, "topics", "agriculture; industry; multilateral");
      assert_field (e, "organizations", "G20");
    }
}

static void
test_metadata_lines (void)
{
  const char *text =
    "Nairobi | March 5, 2024 | East Africa Wire\n"
    "\n"
    "Kenya and Tanzania agree on border trade\n"
    "\n"
    "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on "
    "Monday and the two leaders agreed to remove barriers to trade.\n"
    "\n"
    "The two presidents had met in October in Dar es Salaam, where they discussed the so-called "
    "Northern Corridor railway.\n";
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = extract_full (text, NULL, &document);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 2);
  e = events->pdata[0];
  /* the metadata line gives the day and the place; "on Monday" is resolved against it */
  assert_field (e, "date", "2024-03-04");
  assert_field (e, "location", "Nairobi");
  assert_field (e, "dateline", "Nairobi");
  assert_field (e, "type", "meeting");
  assert_field (e, "countries", "KE; TZ");
  g_assert_cmpuint (ch_document_get_date (document)->year, ==, 2024);

  /* an older meeting of the same pair, not a phone call ("so-called") */
  e = events->pdata[1];
  assert_field (e, "date", "2023-10");
  assert_field (e, "location", "Dar es Salaam");
  assert_field (e, "type", "meeting");
  assert_field (e, "countries", "KE; TZ");
  g_assert_true (field_contains (e, "participants", "Ruto"));
}

static void
test_publication_line_and_capital (void)
{
  const char *text =
    "ADDIS ABABA (Horn Desk) - Ethiopia's Prime Minister Abiy Ahmed landed in the Eritrean "
    "capital on Sunday and held talks with President Isaias Afwerki.\n"
    "\n"
    "Date of publication: 10 July 2018\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "date", "2018-07-08");
  assert_field (e, "location", "Asmara");
  assert_field (e, "location_country", "ER");
  assert_field (e, "dateline", "ADDIS ABABA");
  assert_field (e, "countries", "ER; ET");
  g_assert_false (field_contains (e, "participants", "Horn"));
}

/* Robustness */

static gpointer
extract_in_thread (gpointer data)
{
  const char *text =
    "MOSCOW, 14 May 2025: Russian Foreign Minister Sergey Lavrov met Indian External Affairs "
    "Minister Subrahmanyam Jaishankar in Moscow. They discussed trade and energy.\n";
  guint found = 0;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *uri = g_strdup_printf ("test://%p/%u", data, i);
      g_autoptr(ChDocument) document = ch_document_new (uri, "t", text);
      g_autoptr(GPtrArray) events = ch_extractor_extract (extractor, document);

      if (events->len == 1 && field_contains (events->pdata[0], "countries", "IN; RU"))
        found++;
    }
  return GUINT_TO_POINTER (found);
}

static void
test_threads (void)
{
  GThread *threads[4];

  /* one extractor serves several threads; events are made and freed on each */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("extract", extract_in_thread, GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 400);
}


static void
test_long_sentence (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GPtrArray) events = NULL;
  gint64 start;

  while (s->len < 100 * 1024)
    g_string_append (s, "the minister of Pakistan met officials of Russia and talks continued with "
                        "President Senator Ambassador Mr ");
  start = g_get_monotonic_time ();
  events = extract (s->str, "2024-01-01");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (events->len, ==, 0);
  g_string_free (s, TRUE);
}

static void
test_only_names (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = NULL;
  const ChEntity *entities;
  guint n;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (s, "Ahmad Karimi%u Pierre Dubois Maria Silva\n", i);
  events = extract_full (s->str, NULL, &document);
  g_assert_cmpuint (events->len, ==, 0);
  entities = ch_document_get_entities (document, &n);
  /* names nobody announced are not persons */
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (entities[i].kind, !=, CH_ENTITY_PERSON);
  g_string_free (s, TRUE);
}

static void
test_many_entities (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(ChDocument) document = NULL;
  g_autoptr(GPtrArray) events = NULL;
  const ChEntity *entities;
  guint n;
  struct rusage before, after;

  for (guint i = 0; i < 2500; i++)
    g_string_append_printf (s, "Pakistan, Russia, Moscow and President Hamid Nazari%c%c met. ",
                            'a' + i % 26, 'a' + (i / 26) % 26);
  getrusage (RUSAGE_SELF, &before);
  events = extract_full (s->str, "2024-01-01", &document);
  getrusage (RUSAGE_SELF, &after);
  entities = ch_document_get_entities (document, &n);
  g_assert_cmpuint (n, >=, 10000);
  for (guint i = 1; i < n; i++)
    g_assert_cmpuint (entities[i].start, >=, entities[i - 1].end);
  /* bounded: well under 200 MB more for a 150 KB text */
  g_assert_cmpint (after.ru_maxrss - before.ru_maxrss, <, 200 * 1024);
  g_string_free (s, TRUE);
}

static void
test_other_scripts (void)
{
  static const char *texts[] = {
    "Министр иностранных дел России Сергей Лавров встретился с министром Пакистана в Москве.\n",
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الباكستاني في موسكو يوم الثلاثاء.\n",
    "\xff\xfe broken \xc3 bytes Pakistan \xe2\x80 and Russia met\n",
    "",
    "\n\n\n",
    "’s ’s “ ” – — ...",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(ChDocument) document = NULL;
      g_autoptr(GPtrArray) events = NULL;
      const ChEntity *entities;
      guint n;

      if (!g_utf8_validate (texts[i], -1, NULL))
        {
          /* documents hold UTF-8; make it valid the way an importer would */
          g_autofree char *valid = g_utf8_make_valid (texts[i], -1);

          events = extract_full (valid, NULL, &document);
        }
      else
        events = extract_full (texts[i], NULL, &document);
      entities = ch_document_get_entities (document, &n);
      for (guint k = 0; k < n; k++)
        g_assert_cmpint (entities[k].kind, !=, CH_ENTITY_PERSON);
      g_assert_cmpuint (events->len, <=, 1);
    }
}

/* A dateline that carries the report's date ("LIMA, March 9 (Wire) —")
 * does not date the event: the sentence's own "on Wednesday" does. */
static void
test_dateline_date_not_event_date (void)
{
  const char *text =
    "LIMA, March 9 (Wire) \u2014 Peru and Chile signed a fisheries agreement in Santiago on "
    "Wednesday, settling quotas along the maritime boundary.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-09");
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  assert_field (e, "type", "agreement");
  assert_field (e, "date", "2024-03-06");
  assert_field (e, "date_text", "on Wednesday");
  assert_field (e, "countries", "CL; PE");
}

/* The lede names only the countries; the next sentence names who signed
 * and who looked on. All of them took part. */
static void
test_signatories_and_witnesses (void)
{
  const char *text =
    "East African neighbours sign trade pact\n\n"
    "Kenya and Tanzania on Monday signed a border trade agreement in Arusha.\n\n"
    "The agreement was signed by Kenyan Trade Minister Lucy Wanjiru and Tanzanian Trade "
    "Minister Juma Mwinyi, in the presence of President William Ruto and President "
    "Samia Suluhu Hassan.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-15");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "agreement");
  g_assert_true (field_contains (e, "participants", "Wanjiru"));
  g_assert_true (field_contains (e, "participants", "Mwinyi"));
  g_assert_true (field_contains (e, "participants", "Ruto"));
  g_assert_true (field_contains (e, "participants", "Samia Suluhu Hassan"));
  assert_field (e, "countries", "KE; TZ");
}

/* "with X looking on": the host's minister attends the signing. */
static void
test_witness_looking_on (void)
{
  const char *text =
    "Caucasus neighbours sign framework text\n\n"
    "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
    "Bayramov signed a framework agreement in Washington on Friday.\n\n"
    "The ministers signed the text at a ceremony in the afternoon, watched by officials of "
    "both delegations, with US Secretary of State Marco Rubio looking on.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-08-09");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Mirzoyan"));
  g_assert_true (field_contains (e, "participants", "Bayramov"));
  g_assert_true (field_contains (e, "participants", "Marco Rubio"));
  assert_field (e, "countries", "AM; AZ; US");
}

/* "a three-day trip to Nairobi" reports a visit as surely as "a visit to" */
static void
test_trip_to (void)
{
  const char *text =
    "Ruto hosts Ethiopian leader\n\n"
    "Ethiopian Prime Minister Abiy Ahmed wrapped up a three-day trip to Nairobi on Sunday, "
    "during which he and Kenyan President William Ruto discussed a new highway link.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-02-20");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "visit");
  assert_field (e, "location", "Nairobi");
  assert_field (e, "countries", "ET; KE");
  g_assert_true (field_contains (e, "participants", "Abiy Ahmed"));
  g_assert_true (field_contains (e, "participants", "William Ruto"));
}

/* A plural title before a list ("Presidents A and B") is not part of the
 * first name: both known names are found. */
static void
test_plural_title_list (void)
{
  const char *text =
    "Lakes region talks\n\n"
    "Aid agencies had warned of famine for months.\n\n"
    "Presidents Paul Kagame and Félix Tshisekedi met in Luanda on Saturday to discuss the "
    "ceasefire.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-07-08");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Paul Kagame"));
  g_assert_true (field_contains (e, "participants", "Félix Tshisekedi"));
  assert_field (e, "countries", "CD; RW");
  assert_field (e, "location", "Luanda");
}

/* A building named in passing ("since she moved into the Élysée Palace")
 * is not where a meeting abroad took place: the dateline city is. */
static void
test_venue_in_passing (void)
{
  const char *text =
    "Leaders talk trade at the coast\n\n"
    "NICE, 3 June 2024 \u2014 French President Emmanuel Macron and Italian Prime Minister "
    "Giorgia Meloni held talks on migration on Monday, their first meeting since Macron "
    "moved into the Élysée Palace.\n\n"
    "Officials at the Kremlin declined to comment on the talks.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "location", "Nice");
  assert_field (e, "venue", "");
  assert_field (e, "countries", "FR; IT");
}

/* Someone who will travel later, "officials said", did not take part. */
static void
test_future_traveller (void)
{
  const char *text =
    "Neighbours mend ties\n\n"
    "Chilean President Gabriel Boric and Argentine President Javier Milei met in Santiago "
    "on Monday and discussed lithium and a new border crossing.\n\n"
    "Foreign Minister Diana Mondino will travel to Chile next month to prepare a treaty, "
    "officials said.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Boric"));
  g_assert_true (field_contains (e, "participants", "Milei"));
  g_assert_false (field_contains (e, "participants", "Mondino"));
}

/* Two dates in one sentence: the one beside the telephone cue dates the
 * call, and "on 2 March this year" is one date, not a year. */
static void
test_date_nearest_cue (void)
{
  const char *text =
    "Andean trade deal completed\n\n"
    "Peru and Ecuador opened the talks in Quito in October 2021 and closed them on 2 March "
    "this year, when President Dina Boluarte and President Daniel Noboa spoke by telephone to "
    "announce the text.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-20");
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  assert_field (e, "type", "phone_call");
  assert_field (e, "date", "2024-03-02");
  assert_field (e, "location", "");
  g_assert_true (field_contains (e, "participants", "Boluarte"));
  g_assert_true (field_contains (e, "participants", "Noboa"));
}

/* "received the news", "received grain in return": no one was received;
 * "ahead of a meeting at the weekend" is a meeting still to come. */
static void
test_received_things_and_ahead_of (void)
{
  const char *news =
    "Condolences from Lima\n\n"
    "The Peruvian government received with sorrow the news of the floods that hit Bolivia "
    "and the city of Cochabamba last night.\n";
  const char *market =
    "Currencies steady\n\n"
    "The rupee and the ringgit held steady on Wednesday while oil traders waited ahead of "
    "weekend talks between Saudi Arabia and Russia on output.\n";
  g_autoptr(GPtrArray) a = extract (news, "2024-03-01");
  g_autoptr(GPtrArray) b = extract (market, "2024-03-06");

  g_assert_cmpuint (b->len, ==, 0);
  g_assert_cmpuint (a->len, ==, 0);
}

/* "received" with a person after it is still a visit. */
static void
test_received_someone (void)
{
  const char *text =
    "Ghana hosts Togolese leader\n\n"
    "Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra "
    "on Friday for talks on cross-border security.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-02");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "visit");
  assert_field (e, "location", "Accra");
  assert_field (e, "countries", "GH; TG");
}

/* "signed … during the meeting of the council": the meeting is the
 * occasion of the signing, not a second event. */
static void
test_signed_during_meeting (void)
{
  const char *text =
    "Ankara and Baku sign charter\n\n"
    "Turkish President Recep Tayyip Erdoğan and Azerbaijani President Ilham Aliyev signed a "
    "charter on energy transit in Ankara on Tuesday.\n\n"
    "The charter was signed at the Ak Saray during the first meeting in two years of the "
    "countries' strategic council.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-02");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "agreement");
  assert_field (e, "countries", "AZ; TR");
  assert_field (e, "location", "Ankara");
}

/* A phrase a topic excludes ("food security" for security) is not that
 * topic; "food security" is agriculture. */
static void
test_topic_exclude_phrase (void)
{
  const char *text =
    "Sahel ministers meet\n\n"
    "Malian Foreign Minister Abdoulaye Diop and Nigerien Foreign Minister Bakary Yaou "
    "Sangaré met in Bamako on Monday and discussed food security in the region.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-09-10");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "topics", "agriculture");
}

/* A venue outside the cities the gazetteer knows (a country house, a
 * castle) is not in the dateline's city: the place stays empty. */
static void
test_venue_outside_dateline_city (void)
{
  const char *text =
    "Royal welcome for Nigerian leader\n\n"
    "LONDON, 20 March 2025 \u2014 British Prime Minister Keir Starmer and Nigerian President "
    "Bola Tinubu held talks at Chequers on Thursday on trade and security.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "venue", "Chequers");
  assert_field (e, "location", "");
  assert_field (e, "location_country", "GB");
  assert_field (e, "dateline", "LONDON");
}

/* "the summit, hosted by Brazilian President X" names the host of the
 * occasion, not a side of the bilateral talks; "the meeting was opened
 * by X" names someone who took part in them. */
static void
test_by_agent (void)
{
  const char *summit =
    "Leaders confer in Rio\n\n"
    "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met in Rio de Janeiro "
    "on Monday on the sidelines of the G20 summit.\n\n"
    "The summit, hosted by Brazilian President Luiz Inácio Lula da Silva, focused on hunger "
    "and poverty.\n";
  const char *opened =
    "Sudan talks resume\n\n"
    "Sudanese Foreign Minister Ali Youssef and South Sudanese Foreign Minister Ramadan "
    "Goc held talks in Addis Ababa on Monday on oil transit fees.\n\n"
    "The meeting was opened by Ethiopian Prime Minister Abiy Ahmed, who urged both sides "
    "to settle.\n";
  g_autoptr(GPtrArray) a = extract (summit, "2024-11-19");
  g_autoptr(GPtrArray) b = extract (opened, "2024-11-19");

  g_assert_cmpuint (a->len, ==, 1);
  g_assert_false (field_contains (a->pdata[0], "participants", "Lula"));
  assert_field (a->pdata[0], "countries", "CN; IN");
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_true (field_contains (b->pdata[0], "participants", "Abiy Ahmed"));
}

/* "a negotiated end to the war" is no negotiation round; "after the
 * meeting, the two governments signed …" is an agreement beside the
 * visit, and it takes the visit's two people, not two spellings of one. */
static void
test_visit_then_signing (void)
{
  const char *text =
    "Mexico and Canada deepen ties\n\n"
    "OTTAWA, 8 May 2024 \u2014 Mexican President Andrés Manuel López Obrador and Canadian "
    "Prime Minister Justin Trudeau pledged on Wednesday to seek a negotiated end to the "
    "dispute over energy rules, during a state visit by the Mexican leader to Canada.\n\n"
    "López Obrador was received by Trudeau on Parliament Hill.\n\n"
    "After the meeting, the two governments signed six agreements in the presence of the "
    "two leaders, covering mining and farm workers.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *visit = NULL, *pact = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "visit") == 0)
        visit = events->pdata[i];
      else if (g_strcmp0 (type, "agreement") == 0)
        pact = events->pdata[i];
    }
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_nonnull (visit);
  g_assert_nonnull (pact);
  assert_field (visit, "date", "2024-05-08");
  assert_field (pact, "date", "2024-05-08");
  g_assert_true (field_contains (pact, "participants", "Trudeau"));
  g_assert_true (field_contains (pact, "participants", "López Obrador"));
  assert_field (pact, "countries", "CA; MX");
}

/* "It was his first state visit … since 2016": the sentence tells of
 * his earlier visit ("the first by a Chilean president since 2016" names
 * no one: see test_first_by_anyone_since); "met on Monday, their first
 * talks since they met in Rome in May" dates the new meeting by its own
 * day. */
static void
test_first_since (void)
{
  const char *earlier =
    "Chilean leader in Buenos Aires\n\n"
    "Chilean President Gabriel Boric and Argentine President Javier Milei met in Buenos Aires "
    "on Tuesday.\n\n"
    "It was his first visit to Argentina since taking office in March, and his first "
    "state visit to the country since 2016.\n";
  const char *own =
    "Leaders meet again\n\n"
    "Chilean President Gabriel Boric and Argentine President Javier Milei met in Santiago on "
    "Monday, their first talks since they met in Rome in May.\n";
  g_autoptr(GPtrArray) a = extract (earlier, "2024-10-16");
  g_autoptr(GPtrArray) b = extract (own, "2024-10-16");
  gboolean found = FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (a->pdata[i], "date");

      if (g_strcmp0 (date, "2016") == 0)
        found = TRUE;
      g_assert_cmpstr (date, !=, "2024-10");
    }
  g_assert_true (found);
  g_assert_cmpuint (b->len, >=, 1);
  assert_field (b->pdata[0], "date", "2024-10-14");
}

/* "the Energy Tower" is a building, not a subject of the talks; "the
 * Aerospace Defense Command" still says what the sides worked on. */
static void
test_topic_in_place_name (void)
{
  const char *place =
    "Gulf ministers meet\n\n"
    "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani and Omani Foreign Minister "
    "Badr Albusaidi held talks at the Energy Tower in Doha on Monday about trade.\n";
  const char *body =
    "Allies talk air defence\n\n"
    "Canadian Prime Minister Mark Carney and US President Donald Trump met in Washington on "
    "Tuesday and agreed to modernise the North American Aerospace Defense Command.\n";
  g_autoptr(GPtrArray) a = extract (place, "2025-03-04");
  g_autoptr(GPtrArray) b = extract (body, "2025-05-07");

  g_assert_cmpuint (a->len, ==, 1);
  assert_field (a->pdata[0], "topics", "trade");
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_true (field_contains (b->pdata[0], "topics", "defense"));
}

/* "at the lakeside town of Sochi": the place noun between the
 * preposition and the city does not weaken the clue; the dateline city
 * is not the place. */
static void
test_town_of_city (void)
{
  const char *text =
    "Leaders confer by the sea\n\n"
    "MOSCOW, 5 August 2024 \u2014 Russian President Vladimir Putin and Belarusian President "
    "Alexander Lukashenko pledged on Monday to deepen their union, after a day spent at the "
    "Black Sea resort town of Sochi.\n\n"
    "The two men held talks over dinner and took a boat trip.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "location", "Sochi");
  assert_field (e, "dateline", "MOSCOW");
}

/* Talks held at an SCO meeting bear on working together in it; a meeting
 * at the G20 told in passing says nothing of what was discussed. */
static void
test_organization_topic (void)
{
  const char *text =
    "Ministers confer in Astana\n\n"
    "Kazakh Foreign Minister Murat Nurtleu and Kyrgyz Foreign Minister Jeenbek Kulubaev met "
    "in Astana on Thursday on the sidelines of the SCO foreign ministers' meeting.\n\n"
    "The two ministers had first met at the G20 in New Delhi in September last year.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-24");
  ChEvent *main_event = NULL, *older = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2024-05-23") == 0)
        main_event = events->pdata[i];
      else if (g_strcmp0 (date, "2023-09") == 0)
        older = events->pdata[i];
    }
  g_assert_nonnull (main_event);
  g_assert_nonnull (older);
  g_assert_true (field_contains (main_event, "topics", "multilateral"));
  g_assert_true (field_contains (main_event, "organizations", "SCO"));
  assert_field (older, "topics", "");
}

/* What the sides took up, not what the report says of them: a sentence
 * whose verb is "to be" and that no one speaks states a standing fact
 * ("X is Y's largest partner in fisheries"), and a guard of honour is a
 * ceremony, not defence. */
static void
test_topics_standing_facts (void)
{
  const char *text =
    "Chile and Peru review ties\n\n"
    "LIMA, March 3 - Chilean President Gabriel Boric held talks with Peruvian President "
    "Dina Boluarte in Lima on Monday.\n\n"
    "The two presidents discussed mining and the fight against organised crime.\n\n"
    "Peru is Chile's largest partner in fisheries, and the navies of the two countries "
    "hold regular joint exercises.\n";
  const char *welcome =
    "Chile and Peru review ties\n\n"
    "LIMA, March 3 - Chilean President Gabriel Boric held talks with Peruvian President "
    "Dina Boluarte in Lima on Monday.\n\n"
    "Boluarte welcomed Boric with a military guard of honour before the two presidents "
    "discussed mining.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-03");
  g_autoptr(GPtrArray) welcomed = extract (welcome, "2025-03-03");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "industry; security");
  g_assert_cmpuint (welcomed->len, ==, 1);
  assert_field (welcomed->pdata[0], "topics", "industry");
}

/* A meeting on the sidelines of a summit: what the gathering's leaders
 * or delegates discussed, or what its members pledged together, is the
 * summit's agenda, not the subject of the two sides' talks. */
static void
test_topics_gathering_agenda (void)
{
  const char *text =
    "Kenya and Ghana leaders meet in Addis Ababa\n\n"
    "ADDIS ABABA, Feb 10 - Kenyan President William Ruto met Ghanaian President Nana "
    "Akufo-Addo on the sidelines of the African Union summit in Addis Ababa on Saturday.\n\n"
    "The two presidents discussed visas for travellers between their countries.\n\n"
    "Leaders also discussed climate finance and the debts of poor countries.\n\n"
    "At the summit, the four presidents of the committee pledged to fight terrorism in the "
    "Sahel.\n\n"
    "The summit, chaired by the Comoros, brought together leaders from 55 states to "
    "discuss health and trade.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-02-10");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "education_culture");
}

/* "X told the plenary that …", "Y told a business forum that …": a side
 * speaking to a gathering of its own says what it told that audience,
 * not what the two sides took up between them. */
static void
test_topics_told_plenary_or_forum (void)
{
  const char *text =
    "Peru and Ecuador leaders meet in Dubai\n\n"
    "DUBAI, Dec 4 - Peruvian President Dina Boluarte met Ecuadorean President Daniel Noboa "
    "on Monday on the sidelines of a summit in Dubai.\n\n"
    "The two presidents discussed security on their shared border.\n\n"
    "Noboa told the plenary that Ecuador remained committed to its climate pledges and "
    "would stop burning coal.\n\n"
    "Earlier, Boluarte told a business forum that Peru welcomed foreign investment in its "
    "mines.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-12-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "security");
}

/* A sentence that names the agreement or the visit but has neither a
 * verb of the talks nor a side as its actor gives the event subjects
 * only when the text is what it describes ("The accord also opens …"),
 * not when others speak of it ("Airlines said flights could begin once
 * the agreement takes effect", "Officials used the visit to renew their
 * call for …"). */
static void
test_topics_text_described_not_commented (void)
{
  const char *text =
    "Ghana and Togo sign accord\n\n"
    "ACCRA, Oct 15 - Ghanaian President Nana Akufo-Addo and Togolese President Faure "
    "Gnassingbe signed a cooperation accord in Accra on Tuesday.\n\n"
    "The accord also opens the fisheries of each country to the other's boats.\n\n"
    "Airlines said direct flights between Accra and Lome could begin once the agreement "
    "takes effect.\n\n"
    "Togolese officials used the visit to renew their call for investment in mining and "
    "manufacturing.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-15");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture");
}

/* "X is one of Y's largest buyers of …", "X is among the backers of …":
 * a sentence that ranks a side among others states a standing fact, even
 * when a later clause names an agreement or an announcement. */
static void
test_topics_ranked_among_others (void)
{
  const char *text =
    "Norway and Chile hold talks in Oslo\n\n"
    "OSLO, Sept 9 - Norwegian Prime Minister Jonas Gahr Store held talks with Chilean "
    "President Gabriel Boric in Oslo on Monday.\n\n"
    "The two leaders discussed tourism and research on Antarctica.\n\n"
    "Norway is now one of the largest buyers of Chilean copper, and Norwegian firms run "
    "salmon farms in the south of Chile under a long-standing fisheries agreement.\n\n"
    "Chile is also among the backers of a fund, announced by the World Bank last year, "
    "to finance solar power in the Andes.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-09-09");
  ChEvent *main_event = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2024-09-09") == 0)
        main_event = events->pdata[i];
    }
  g_assert_nonnull (main_event);
  assert_field (main_event, "topics", "education_culture; technology");
}

/* "on the sidelines of the UN ocean conference", "attended a forum on
 * investment": a subject that names the gathering the sides went to says
 * what the gathering was about, not what they took up between them. */
static void
test_topics_named_gathering (void)
{
  const char *text =
    "Portugal and Cape Verde leaders meet in Lisbon\n\n"
    "LISBON, June 4 - Cape Verdean Prime Minister Ulisses Correia e Silva held talks with "
    "Portuguese Prime Minister Luis Montenegro on Tuesday on the sidelines of the UN climate "
    "conference in Lisbon.\n\n"
    "The two prime ministers discussed tourism and flights between the islands and Lisbon, "
    "officials said.\n\n"
    "Correia e Silva and Montenegro last held talks in Madrid in March, when both leaders "
    "attended a summit on climate finance hosted by Spain.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-06-04");
  ChEvent *main_event = NULL, *older = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_str_has_prefix (date, "2025-06"))
        main_event = events->pdata[i];
      else if (g_str_has_prefix (date, "2025-03"))
        older = events->pdata[i];
    }
  g_assert_nonnull (main_event);
  assert_field (main_event, "topics", "connectivity; education_culture");
  g_assert_nonnull (older);
  assert_field (older, "topics", "");
}

/* "X and Y signed a statement after talks at State House. The two then
 * discussed tourism …": what the sides discussed after the signing is
 * the subject of the talks told beside it, not of the text signed. */
static void
test_topics_discussed_beside_signing (void)
{
  const char *text =
    "Namibia and Botswana sign statement\n\n"
    "WINDHOEK, May 8 - Namibian President Netumbo Nandi-Ndaitwah and Botswana's President "
    "Duma Boko signed a joint statement on Wednesday on closer ties, after talks at State "
    "House in Windhoek.\n\n"
    "The two presidents then discussed tourism, fisheries and a new railway line between "
    "their capitals.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-05-08");
  ChEvent *signing = NULL, *talks = NULL;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    if (ch_event_get_event_type (events->pdata[i]) == CH_EVENT_TYPE_AGREEMENT)
      signing = events->pdata[i];
    else
      talks = events->pdata[i];
  g_assert_nonnull (signing);
  g_assert_nonnull (talks);
  assert_field (signing, "topics", "");
  assert_field (talks, "topics", "agriculture; connectivity; education_culture");
}

/* After a signing, "The biggest concerns …; the others cover …" or
 * "They cover …" tells what the texts signed are about, and those
 * subjects are the signing's, not the talks'. */
static void
test_topics_texts_described_after_signing (void)
{
  const char *text =
    "Zambia and Angola sign memorandums\n\n"
    "LUANDA, June 4 - Zambian President Hakainde Hichilema held talks with Angolan "
    "President Joao Lourenco in Luanda on Tuesday and discussed the sharing of river "
    "water.\n\n"
    "Later on Tuesday, ministers of the two countries signed six memorandums of "
    "understanding, with the two presidents looking on.\n\n"
    "The biggest concerns a fertiliser plant near the border; the others cover tourism "
    "and a railway to the port of Lobito.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-06-04");
  ChEvent *signing = NULL, *talks = NULL;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    if (ch_event_get_event_type (events->pdata[i]) == CH_EVENT_TYPE_AGREEMENT)
      signing = events->pdata[i];
    else
      talks = events->pdata[i];
  g_assert_nonnull (signing);
  g_assert_nonnull (talks);
  assert_field (signing, "topics", "agriculture; connectivity; education_culture");
  assert_field (talks, "topics", "water");
}

/* A report of a happening that is no event of the contract (a border
 * post opened) whose only event is an older visit told further down:
 * what the lede's leaders stressed at the opening is not what was taken
 * up on that earlier visit. */
static void
test_topics_lede_not_given_to_older_event (void)
{
  const char *text =
    "Kenya and Tanzania open a border post\n\n"
    "NAMANGA, March 4 - President William Ruto and Tanzanian President Samia Suluhu "
    "Hassan opened a new border post at Namanga on Monday.\n\n"
    "In their speeches, the two presidents stressed trade between the neighbours and the "
    "safety of lorry drivers on the highway.\n\n"
    "Hassan had visited Nairobi in May 2023, when she held talks with Ruto.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2023-05");
  assert_field (events->pdata[0], "topics", "");
}

/* "Relations plunged after …": a sentence whose subject is the
 * relationship tells its course, not what the sides took up, even when
 * one of them acts in it. */
static void
test_topics_course_of_relations (void)
{
  const char *text =
    "Chile and Peru mend ties\n\n"
    "LIMA, March 3 - Chilean President Gabriel Boric held talks with Peruvian President "
    "Dina Boluarte in Lima on Monday and discussed mining.\n\n"
    "Relations plunged after Boric criticised the handling of street protests, prompting "
    "Lima to suspend military exchanges with Santiago.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-03");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "industry");
}

/* "On the sidelines of the United Nations climate conference": a body
 * named as the gathering where the sides met, a word or two before the
 * gathering's own noun, says nothing of working together in it. */
static void
test_topics_body_naming_gathering (void)
{
  const char *text =
    "Chile and Norway meet in Dubai\n\n"
    "DUBAI, Dec 2 - Chilean President Gabriel Boric met Norwegian Prime Minister Jonas "
    "Gahr Store on Saturday on the sidelines of the United Nations climate conference in "
    "Dubai, and the two discussed salmon farming.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-12-02");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture");
}

/* The training of forces goes with defence, not education; mediators
 * say who helps the talks along, not what they are about. */
static void
test_topics_forces_training_mediators (void)
{
  const char *text =
    "Namibia and Botswana hold talks\n\n"
    "WINDHOEK, May 8 - Namibian President Netumbo Nandi-Ndaitwah held talks with Botswana's "
    "President Duma Boko in Windhoek on Wednesday.\n\n"
    "The two presidents agreed to step up defence cooperation and training, and to ask "
    "mediators to help them share the water of the river.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-05-08");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "defense; water");
}

/* The talks' subjects told in words the lexicon long lacked: a war or a
 * conflict "in" or "between" somewhere, the marking of a border, a coast
 * guard, a line of credit, power supplies; "the Second World War in
 * Europe" is a time in history, not a war discussed. */
static void
test_topics_wars_borders_credit (void)
{
  const char *text =
    "Kenya and Uganda hold talks\n\n"
    "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
    "Kampala on Tuesday.\n\n"
    "The two presidents discussed the war in Sudan and the demarcation of their border "
    "on the lake, and Museveni asked for boats for his coast guard.\n\n"
    "Ruto also offered a line of credit to improve power supplies in the north.\n";
  const char *history =
    "Kenya and Uganda hold talks\n\n"
    "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
    "Kampala on Tuesday, where the two presidents remembered the soldiers of both "
    "countries who fell in the Second World War in Burma.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-05");
  g_autoptr(GPtrArray) remembered = extract (history, "2024-06-05");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy; finance; peace; security");
  g_assert_cmpuint (remembered->len, ==, 1);
  assert_field (remembered->pdata[0], "topics", "");
}

/* Subjects of the genre the lexicon lacked: handing over suspects
 * (extradition) and policing are security, flights under an air services
 * pact are connectivity, hydrogen and power projects are energy, the
 * digitisation of services is technology. */
static void
test_topics_extradition_aviation_hydrogen (void)
{
  const char *text =
    "Chile and Spain sign pacts\n\n"
    "MADRID, May 6 - Chilean President Gabriel Boric held talks with Spanish Prime Minister "
    "Pedro Sanchez in Madrid on Tuesday.\n\n"
    "The two leaders discussed extradition, civil aviation and green hydrogen.\n\n"
    "They also agreed to work together on the digitisation of public services.\n";
  const char *more =
    "Chile and Spain sign pacts\n\n"
    "MADRID, May 6 - Chilean President Gabriel Boric held talks with Spanish Prime Minister "
    "Pedro Sanchez in Madrid on Tuesday, covering law enforcement, air services and new "
    "power projects in the Atacama.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-05-06");
  g_autoptr(GPtrArray) others = extract (more, "2025-05-06");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity; energy; security; technology");
  g_assert_cmpuint (others->len, ==, 1);
  assert_field (others->pdata[0], "topics", "connectivity; energy; security");
}

/* Phrases whose words belong to another field than the phrase: strikes
 * by missiles on civilian infrastructure are acts of war, not
 * defence cooperation nor transport; grain exports are food supply, not
 * trade; the peaceful uses of nuclear energy are energy, not peace. */
static void
test_topics_strikes_grain_peaceful_uses (void)
{
  const char *text =
    "Poland and Moldova hold talks\n\n"
    "WARSAW, Oct 2 - Polish President Andrzej Duda held talks with Moldovan President Maia "
    "Sandu in Warsaw on Wednesday.\n\n"
    "Duda condemned the missile strikes on civilian infrastructure in Ukraine, and the two "
    "presidents discussed grain exports through the port of Giurgiulesti and the "
    "peaceful uses of nuclear energy.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-02");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture; energy");
}

/* Subjects the lexicon named under the wrong field or not at all:
 * training for a profession is education, the sugar industry is farming,
 * missile tests are a matter of security; training of police or
 * peacekeepers belongs to the field named with it. */
static void
test_topics_training_sugar_missile_tests (void)
{
  const char *text =
    "Jamaica and Ghana hold talks\n\n"
    "Jamaican Prime Minister Andrew Holness held talks with Ghanaian President John Mahama "
    "in Accra on Thursday.\n\n"
    "The two leaders discussed training for nurses, the sugar industry and North Korea's "
    "missile tests.\n";
  const char *police =
    "Jamaica and Ghana hold talks\n\n"
    "Jamaican Prime Minister Andrew Holness held talks with Ghanaian President John Mahama "
    "in Accra on Thursday.\n\n"
    "The two leaders agreed on police training and on joint exercises of their navies.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-07");
  g_autoptr(GPtrArray) drills = extract (police, "2025-03-07");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture; education_culture; security");
  g_assert_cmpuint (drills->len, ==, 1);
  g_assert_false (field_contains (drills->pdata[0], "topics", "education_culture"));
}

/* The organizations of an event are those named where the report tells
 * what the sides took up; a body named in the background ("analysts said
 * the World Bank had cut …") is none of them. */
static void
test_organizations_from_the_talks_only (void)
{
  const char *text =
    "Chile and Peru hold talks\n\n"
    "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in "
    "Lima on Monday.\n\n"
    "The two presidents discussed their work in APEC.\n\n"
    "Analysts said the World Bank had cut its growth forecast for the region.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "organizations", "APEC");
}

/* Officers, guards and personnel "of security" are people at work, not a
 * subject the sides took up. */
static void
test_topics_security_staff (void)
{
  const char *text =
    "Leaders meet at a border post\n\n"
    "Zambian President Hakainde Hichilema held talks with Malawian President Lazarus "
    "Chakwera in Mchinji on Friday, at a border post where security officers and "
    "security guards of both states work in one building.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-07");

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_false (field_contains (events->pdata[0], "topics", "security"));
}

/* The lexicon's nouns also stand for their plurals ("future pandemics",
 * "their militaries"), but "waters" alone is an area of sea. */
static void
test_topics_plural_forms (void)
{
  const char *text =
    "Chile and Peru hold talks\n\n"
    "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in "
    "Lima on Monday.\n\n"
    "The two presidents discussed how to prepare for future pandemics, joint training for "
    "their militaries and fishing boats that stray into each other's waters.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "defense; health");
}

/* A topic word at the head of the name of a river or a university says
 * where something is; a topic word in a minister's title "for" a field is
 * part of the title; a subject that only dates something ("since the
 * start of the pandemic") was not discussed. */
static void
test_topics_not_from_names_and_dates (void)
{
  const char *text =
    "Neighbours plan a bridge\n\n"
    "Laotian Prime Minister Sonexay Siphandone held talks with Thai Prime Minister Srettha "
    "Thavisin in Vientiane on Friday, on his first trip abroad since the start of the "
    "coronavirus pandemic.\n\n"
    "The two leaders agreed to build a fifth bridge over the Mekong River and discussed a "
    "lecture Srettha will give at Souphanouvong University.\n\n"
    "They were joined by the Minister for Commerce and Industry of Laos.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-16");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity");
}

/* "military leader" names who rules, not a subject; easing tensions is
 * peace; a landlocked country's access to the sea is connectivity. */
static void
test_topics_phrases_of_the_genre (void)
{
  const char *text =
    "Junta chief meets neighbour\n\n"
    "Mali's military leader Assimi Goita held talks with Senegalese President Bassirou "
    "Diomaye Faye in Dakar on Wednesday.\n\n"
    "The two men discussed ways to ease tensions in the Sahel and Mali's access to the sea "
    "through the port of Dakar.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-23");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity; peace");
}

/* "their first meeting since the row over …" dates the meeting; "the
 * University of Delhi" names a place. */
static void
test_topics_first_since (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Maldivian President Mohamed Muizzu held talks with Indian Prime Minister Narendra Modi "
    "in New Delhi on Monday, their first meeting since the row over India's military "
    "presence on the islands.\n\n"
    "The two leaders discussed trade and a lecture Muizzu will give at the University of "
    "Delhi.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-08");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "trade");
}

/* "weeks after her election victory", "after winning last year's
 * vote": a happening that only dates the talks is none of their
 * subjects. */
static void
test_topics_not_from_clauses_of_time (void)
{
  const char *text =
    "Leaders talk\n\n"
    "Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in "
    "Abidjan on Tuesday, a few weeks after his election victory, and the two discussed cocoa "
    "exports.\n\n"
    "Ouattara, who met Mahama after winning the October elections, said they also discussed "
    "the railway between the two capitals.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-02-12");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity; trade");
}

/* The office in a person's title ("the commander-in-chief of the armed
 * forces", "Minister of Information, Digitisation and Tourism") says who
 * the person is, not what the sides discussed. */
static void
test_topics_not_from_titles (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Zambian President Hakainde Hichilema held talks with Malawian President Lazarus Chakwera "
    "in Lilongwe on Monday.\n\n"
    "Chakwera was joined by General Paul Phiri, the commander-in-chief of the armed forces, and "
    "by Moses Kunkuyu, Minister of Information, Digitisation and Tourism.\n\n"
    "The two leaders discussed a joint electricity interconnector.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-11");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy");
}

/* What opponents or residents ask for, and the circumstances a visit
 * "comes amid", are not what the sides took up. */
static void
test_topics_not_from_the_scene (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Mongolian President Ukhnaagiin Khurelsukh held talks with Kazakh President Kassym-Jomart "
    "Tokayev in Astana on Thursday.\n\n"
    "The visit comes as Tokayev prepares for a referendum on a nuclear power plant.\n\n"
    "In Ulaanbaatar, opponents of Khurelsukh called for a ban on uranium mining.\n\n"
    "The two presidents discussed direct flights between their capitals.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-18");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity");
}

/* Drugs named by name and the trafficking of arms or people are security;
 * a hydroelectric dam is power, not water sharing. */
static void
test_topics_trafficking_and_dams (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Guatemalan President Bernardo Arevalo held talks with Honduran President Xiomara Castro "
    "in Tegucigalpa on Friday.\n\n"
    "The two presidents discussed cocaine seizures on their border, gun trafficking and a "
    "hydroelectric dam planned near the frontier.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-10");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy; security");
}

/* A readout lists what each side undertakes, naming the side by its
 * country: "Argentina will …", "The United States commits to …". */
static void
test_topics_of_a_sides_undertaking (void)
{
  const char *text =
    "Leaders talk\n\n"
    "Argentine President Javier Milei spoke by telephone on Monday with Chilean President "
    "Gabriel Boric.\n\n"
    "Argentina will supply natural gas to northern Chile through the winter.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy");
}

/* Weapons named by kind (missiles, warships, air defence) are defence;
 * taking part in regional groupings is multilateral coordination. */
static void
test_topics_weapons_and_groupings (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Vietnamese Prime Minister Pham Minh Chinh held talks with Philippine President Ferdinand "
    "Marcos Jr. in Manila on Tuesday.\n\n"
    "The two leaders discussed the purchase of coastal missiles and warships and the role of "
    "regional groupings in the South China Sea.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-01-30");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "defense; multilateral");
}

/* "X had also held talks with Z in March last year. The two leaders
 * discussed …": the pair of the next sentence is the one just told, so
 * its subjects are the older talks', not the report's. */
static void
test_topics_of_the_pair_just_told (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Colombian President Gustavo Petro held talks with Ecuadorian President Daniel Noboa in "
    "Quito on Friday. They discussed electricity supplies.\n\n"
    "Petro had also held talks with Peruvian President Dina Boluarte in Lima in March last "
    "year. The two leaders discussed cocaine seizures on their border.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-04-13");
  guint checked = 0;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      if (field_contains (e, "participants", "Noboa"))
        {
          assert_field (e, "topics", "energy");
          checked++;
        }
      else if (field_contains (e, "participants", "Boluarte"))
        {
          assert_field (e, "topics", "security");
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 2);
}

/* A constitution that bars a leader from another term, or that must be
 * amended for a treaty to take effect, is the country's own affair;
 * constitutional reform that the sides take up is governance. */
static void
test_topics_constitution (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Senegalese President Bassirou Diomaye Faye held talks with Gambian President Adama Barrow "
    "in Banjul on Monday.\n\n"
    "Barrow, who is barred by the constitution from a third term, said they discussed a new "
    "bridge over the river.\n";
  const char *reform =
    "Leaders meet\n\n"
    "Senegalese President Bassirou Diomaye Faye held talks with Gambian President Adama Barrow "
    "in Banjul on Monday and discussed constitutional reform.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-07-16");
  g_autoptr(GPtrArray) reformed = extract (reform, "2024-07-16");

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_false (field_contains (events->pdata[0], "topics", "governance"));
  g_assert_cmpuint (reformed->len, ==, 1);
  assert_field (reformed->pdata[0], "topics", "governance");
}

/* "security and stability" is the stock phrase of security talks, not a
 * subject of peace-making of its own. */
static void
test_topics_security_and_stability (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Nigerien Prime Minister Ali Lamine Zeine held talks with Chadian President Mahamat Deby "
    "in N'Djamena on Thursday.\n\n"
    "The two leaders discussed security and stability along their shared border.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-15");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "security");
}

/* A body named as the gathering where the sides met ("on the sidelines of
 * the BRICS summit", "back from the G20 meeting") is where they met, not the
 * subject of working together in it. */
static void
test_topics_not_from_the_gathering (void)
{
  const char *text =
    "Leaders confer in Johannesburg\n\n"
    "Brazilian President Luiz Inacio Lula da Silva held talks with Indian Prime Minister "
    "Narendra Modi in Johannesburg on Tuesday on the sidelines of the BRICS summit.\n\n"
    "The two leaders discussed trade and fertilizer supplies.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-08-23");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture; trade");
  g_assert_true (field_contains (events->pdata[0], "organizations", "BRICS"));
}

/* A clause that describes a person in passing (", who won the election
 * in May,") tells nothing the sides discussed; one in which a side speaks
 * (", who said the two discussed …") does. */
static void
test_topics_not_from_a_persons_past (void)
{
  const char *text =
    "Baltic premiers meet\n\n"
    "Estonian Prime Minister Kristen Michal held talks with Latvian Prime Minister Evika "
    "Silina in Riga on Monday.\n\n"
    "Michal, who took office after a split over election reform in his coalition, "
    "promised to link the two electricity markets.\n\n"
    "He was received by Silina, who said the two leaders had discussed trade.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-08-13");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy; trade");
}

/* "Under the agreement, …" tells what the text provides; "Under former
 * President X, …" only dates an older quarrel. */
static void
test_topics_under_a_former_leader (void)
{
  const char *text =
    "Kenya and Tanzania talk\n\n"
    "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
    "in Arusha on Monday.\n\n"
    "The two leaders discussed electricity supplies.\n\n"
    "Under former President Jakaya Kikwete, Tanzania had accused its neighbour of unfair "
    "tariffs.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-02-13");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "energy");
}

/* What a side tells parliament or students in an appearance of its own
 * is not what the sides discussed. */
static void
test_topics_not_from_a_speech (void)
{
  const char *text =
    "Ghana and Togo talk\n\n"
    "Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in "
    "Lome on Tuesday.\n\n"
    "The two leaders discussed a coastal railway.\n\n"
    "Addressing a joint session of parliament in the afternoon, he said Ghana would "
    "welcome more visitors and expand tourism.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-19");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity");
}

/* A country that is none of the sides, as a sentence's subject, tells its
 * own doings; business leaders who welcome the talks are bystanders. */
static void
test_topics_not_from_third_parties (void)
{
  const char *text =
    "Leaders meet in Dodoma\n\n"
    "Tanzanian President Samia Suluhu Hassan held talks with Zambian President Hakainde "
    "Hichilema in Dodoma on Monday.\n\n"
    "The two leaders discussed wheat exports.\n\n"
    "China has offered port loans to several countries in the region.\n\n"
    "Zambian business leaders welcomed the talks, saying joint mining projects would "
    "benefit.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-09-17");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture; trade");
}

/* Words of the lexicon that are too broad for the genre: "human rights"
 * is none of the vocabulary's subjects, a road alone is mostly a figure of
 * speech, self-defence is no defence cooperation, and treated water let
 * into the sea is an environmental matter, not water sharing. */
static void
test_topics_broad_words (void)
{
  const char *text =
    "Tokyo and Seoul talk\n\n"
    "Japanese Prime Minister Shigeru Ishiba held talks with South Korean President Lee "
    "Jae-myung in Seoul on Monday.\n\n"
    "The two leaders discussed the release of treated water from a nuclear plant and human "
    "rights in the region.\n\n"
    "Lee said the two countries had come a long way down a hard road, and that their "
    "sailors had acted in self-defence.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-09-30");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "climate");
}

/* A topic word in the dateline or in the outlet's name ("(Nile Valley
 * Agency)") says who reports from where, not what was discussed. */
static void
test_topics_not_from_the_byline (void)
{
  const char *text =
    "Leaders meet\n\n"
    "JUBA, 5 March 2024 (Nile Valley Agency) - South Sudanese President Salva Kiir held "
    "talks with Ugandan President Yoweri Museveni in Juba on Tuesday and discussed trade.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "trade");
}

/* "They cover banking, …" after a sentence about the talks that led to
 * the deals: "they" are the deals, whose subjects belong to the signing,
 * not to the earlier talks. */
static void
test_topics_they_are_the_deals (void)
{
  const char *text =
    "Neighbours sign deals\n\n"
    "KENITRA, 14 March 2024 (Coast Agency) - Mauritanian President Mohamed Ould Ghazouani "
    "and Senegalese President Macky Sall signed four cooperation agreements in Nouakchott on "
    "Thursday that will let gas from their shared offshore field flow.\n\n"
    "The deals were reached after talks between the two presidents that began on Monday. "
    "They cover banking, rail links and the status of each other's workers.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *signing = NULL, *talks = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2024-03-14") == 0)
        signing = events->pdata[i];
      else if (g_strcmp0 (date, "2024-03-11") == 0)
        talks = events->pdata[i];
    }
  g_assert_nonnull (signing);
  assert_field (signing, "topics", "connectivity; energy; finance");
  if (talks != NULL)
    assert_field (talks, "topics", "");
}

/* Bystanders who judge the deal (lawmakers, business groups) do not tell
 * its subjects; cargo traffic across a border is connectivity. */
static void
test_topics_not_from_bystanders (void)
{
  const char *text =
    "Border deal\n\n"
    "Bolivian President Luis Arce and Paraguayan President Santiago Pena signed an agreement "
    "in Asuncion on Friday to speed up cargo traffic across their border.\n\n"
    "In La Paz, opposition lawmakers criticised the agreement, saying it ignored the "
    "country's constitution.\n\n"
    "Business groups welcomed the deal but warned that drought would hurt investment.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-09-14");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "connectivity");
}

/* "… and pledged to widen ties that have grown since 2015": the
 * relationship told in a clause of the report itself does not make the
 * rest of the article background, so what the leaders said next still
 * gives the talks their subjects. */
static void
test_topics_after_relationship_clause (void)
{
  const char *text =
    "Leaders meet\n\n"
    "Vietnamese Prime Minister Pham Minh Chinh held talks with Indonesian President Prabowo Subianto in "
    "Jakarta on Thursday and pledged to widen economic ties that have grown quickly in the "
    "past decade.\n\n"
    "Prabowo said the two countries would work together on fisheries and rice.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-14");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "topics", "agriculture");
}

/* Only what the sides discussed gives the talks topics: the market's day,
 * an analyst's view and what one leader is due to do next share the words
 * of the talks but are not their subjects. */
static void
test_topics_from_the_talks_only (void)
{
  const char *text =
    "Neighbours discuss railways\n\n"
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in "
    "Nairobi on Tuesday and discussed extending the standard gauge railway to Kampala.\n\n"
    "Ruto said the two countries would also cooperate against cattle rustling and drug "
    "trafficking along the border.\n\n"
    "Shares in the shipping line that serves Mombasa rose in Nairobi trading.\n\n"
    "Analysts noted that Ruto faces a contested election and that oil revenue has lagged.\n\n"
    "Museveni is due to travel on to Dodoma, where energy is expected to dominate the agenda.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-08-21");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "topics", "connectivity; security");
}

/* A sentence of another time ("in 2019", a perfect tense of what went
 * before) is background for the talks; what the text signed provides
 * ("Under the accord, …", "It also foresees …") is not. */
static void
test_topics_not_from_the_past (void)
{
  const char *text =
    "Andean neighbours sign accord\n\n"
    "Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa "
    "signed an accord in La Paz on Friday.\n\n"
    "Under the accord, the two countries will open a new border crossing for trucks.\n\n"
    "It also foresees joint monitoring of Lake Titicaca's water.\n\n"
    "Relations had soured after Lima expelled a Bolivian diplomat over remarks on its "
    "elections.\n\n"
    "Bolivia joined a regional investment bank in 2019, according to officials.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-02-14");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "topics", "connectivity; water");
}

/* A common word with a capital inside the name of an office or a body
 * ("Minister of Trade and Industry", "the Constitutional Court", "Chief
 * of Staff of the Armed Forces") names it; the name of what was signed
 * ("Digital Trade Agreement") still says what the text is about. */
static void
test_topic_inside_body_name (void)
{
  const char *text =
    "Partners sign accord\n\n"
    "Singapore's Minister of Trade and Industry Gan Kim Yong and Chile's Foreign Minister "
    "Alberto van Klaveren signed a Digital Trade Agreement in Santiago on Monday, after a "
    "ceremony attended by the Chief of Staff of the Chilean Armed Forces.\n\n"
    "The Constitutional Court must still review the text.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-11-18");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "topics", "technology; trade");
}

/* Talks and a signing on one occasion: what the signed text provides
 * ("The treaty commits …") is the signing's subject, what the leaders
 * discussed is the talks'. */
static void
test_topics_of_the_signed_text (void)
{
  const char *text =
    "Neighbours sign treaty\n\n"
    "Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister Irakli Kobakhidze "
    "held talks in Tbilisi on Wednesday and signed a treaty on strategic partnership.\n\n"
    "The two leaders discussed new rail links between Yerevan and Batumi.\n\n"
    "The treaty commits both governments to work together against terrorism.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-01-10");
  ChEvent *talks = NULL, *treaty = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "agreement") == 0)
        treaty = events->pdata[i];
      else
        talks = events->pdata[i];
    }
  g_assert_nonnull (talks);
  g_assert_nonnull (treaty);
  assert_field (talks, "topics", "connectivity");
  assert_field (treaty, "topics", "security");
}

/* "military" in a phrase about force or a place ("military action", "a
 * military airfield") is not defence cooperation; "military training" is. */
static void
test_military_in_passing (void)
{
  const char *text =
    "Ministers talk ports\n\n"
    "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert "
    "Dussey met in Lome on Monday and agreed to expand ports cooperation, including at a "
    "former military airfield, and ruled out any military action in their border dispute.\n";
  const char *training =
    "Ministers talk training\n\n"
    "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert "
    "Dussey met in Lome on Monday and agreed on military training for border units.\n";
  g_autoptr(GPtrArray) a = extract (text, "2025-06-02");
  g_autoptr(GPtrArray) b = extract (training, "2025-06-02");

  g_assert_cmpuint (a->len, ==, 1);
  g_assert_false (field_contains (a->pdata[0], "topics", "defense"));
  g_assert_true (field_contains (a->pdata[0], "topics", "connectivity"));
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_true (field_contains (b->pdata[0], "topics", "defense"));
}

/* "After the talks, they dined on …" tells what followed the talks, and
 * "is said to have" is hearsay: neither gives the talks a subject. */
static void
test_after_the_talks (void)
{
  const char *text =
    "Leaders agree on ports\n\n"
    "Vietnamese Prime Minister Pham Minh Chinh and Thai Prime Minister Srettha Thavisin held "
    "talks in Hanoi on Monday and agreed to expand shipping links between their ports.\n\n"
    "After the talks, the two leaders toured a tea plantation whose harvest the Thai leader "
    "is said to have praised as a student.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-14");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "topics", "connectivity");
}

/* A call reported with what the sides plan next ("would start
 * negotiations") is still the reported call. */
static void
test_plan_after_report (void)
{
  const char *text =
    "Leaders speak\n\n"
    "Polish Prime Minister Donald Tusk said he had a long telephone call with Lithuanian "
    "President Gitanas Nausėda on Friday, and that their ministers would start negotiations "
    "on a rail link next month.\n\n"
    "The call lasted about an hour.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-11-09");
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  assert_field (e, "type", "phone_call");
  assert_field (e, "date", "2024-11-08");
  assert_field (e, "countries", "LT; PL");
  assert_field (e, "evidence", "Polish Prime Minister Donald Tusk said he had a long telephone call with "
                "Lithuanian President Gitanas Nausėda on Friday, and that their ministers would start "
                "negotiations on a rail link next month.");
}

/* Signing joint statements at talks is an agreement beside the talks. */
static void
test_signed_statements (void)
{
  const char *text =
    "Leaders meet in Hanoi\n\n"
    "Vietnamese President Luong Cuong and Indonesian President Prabowo Subianto held talks in "
    "Hanoi on Monday on fisheries and trade.\n\n"
    "The two presidents signed joint statements on maritime cooperation.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-11");
  gboolean agreement = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "agreement") == 0)
        {
          agreement = TRUE;
          assert_field (events->pdata[i], "countries", "ID; VN");
          assert_field (events->pdata[i], "date", "2025-03-10");
        }
    }
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_true (agreement);
}

/* "On the sidelines of the summit, X also met Z": a second meeting, even
 * though the sentence's first cue is "sidelines", not "met". */
static void
test_also_met_on_sidelines (void)
{
  const char *text =
    "Pacific summit in Suva\n\n"
    "Australian Prime Minister Anthony Albanese held talks with Fijian Prime Minister Sitiveni "
    "Rabuka in Suva on Tuesday on climate finance.\n\n"
    "On the sidelines of the summit Albanese also met Samoan Prime Minister Fiamē Naomi "
    "Mataʻafa and the two discussed fisheries.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-08-28");
  gboolean second = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      /* the occasion's name ends where a name or a verb of meeting begins */
      g_assert_false (field_contains (events->pdata[i], "occasion", "Albanese"));
      if (field_contains (events->pdata[i], "participants", "Mata") &&
          !field_contains (events->pdata[i], "participants", "Rabuka"))
        second = TRUE;
    }
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_true (second);
}

/* "came home on Sunday after …, meeting … on Saturday, signed": the day
 * after "after" dates the signing, not the return. */
static void
test_date_after_clause (void)
{
  const char *text =
    "Border accord in Lusaka\n\n"
    "President Hakainde Hichilema flew home on Sunday after Zambia and Malawi, meeting in "
    "Lilongwe with Malawian President Lazarus Chakwera on Saturday, signed a border accord.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-10");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    assert_field (events->pdata[i], "date", "2024-06-08");
}

/* "restore rail and telephone links": a service to be restored, not a
 * telephone call. */
static void
test_telephone_links_not_call (void)
{
  const char *text =
    "Border quarrel ends\n\n"
    "WINDHOEK, June 12 (Wire) – Namibia and Botswana ended a border quarrel on Thursday, as "
    "President Netumbo Nandi-Ndaitwah and President Duma Boko signed a joint declaration in "
    "Gaborone.\n\n"
    "Under the text, the two neighbours will reopen border posts, restore rail and telephone "
    "links and cooperate on water.\n\n"
    "Nandi-Ndaitwah arrived in Gaborone on Wednesday and Boko hosted her for talks.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-06-12");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      g_assert_cmpstr (type, !=, "phone_call");
    }
}

/* "named X, Y and Z to lead the negotiations": people given a task are
 * not participants of the call the sentence goes on from. */
static void
test_appointees_not_participants (void)
{
  const char *text =
    "Leaders agree to talks\n\n"
    "Chilean President Gabriel Boric and Argentine President Javier Milei agreed on Monday to "
    "open negotiations on a gas pipeline after a long telephone call.\n\n"
    "Boric named Foreign Minister Alberto van Klaveren, Energy Minister Diego Pardow and "
    "adviser Camila Vallejo to lead the negotiations.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-21");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    {
      g_assert_false (field_contains (events->pdata[i], "participants", "Klaveren"));
      g_assert_false (field_contains (events->pdata[i], "participants", "Pardow"));
      g_assert_false (field_contains (events->pdata[i], "participants", "Vallejo"));
    }
}

/* "fares higher from Lagos to Nairobi": a span of places named in
 * passing, not where the signing took place; the dateline's city is. */
static void
test_from_to_span_not_location (void)
{
  const char *text =
    "Fuel accord signed\n\n"
    "ACCRA, March 4, 2024 (Wire) — Ghana and Togo on Monday signed an accord on fuel supply "
    "meant to ease a shortage that has pushed fares higher from Lagos to Nairobi.\n\n"
    "Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbé attended the "
    "signing.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-04");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Accra");
      assert_field (events->pdata[i], "location_country", "GH");
    }
}

/* "flew from Lima to Quito for talks": the destination is the place. */
static void
test_from_to_journey_location (void)
{
  const char *text =
    "Andean talks\n\n"
    "LIMA, May 6, 2024 (Wire) — Peruvian President Dina Boluarte flew from Lima to Quito on "
    "Monday and held talks with Ecuadorian President Daniel Noboa on trade.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-06");

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "location", "Quito");
}

/* The UN Secretary-General at a signing speaks for the UN: the country of
 * his birth is no side of the accord. */
static void
test_international_official_no_side (void)
{
  const char *text =
    "Ceasefire accord signed\n\n"
    "NAIROBI, May 14, 2024 (Wire) — Sudanese Foreign Minister Ali Sadiq and South Sudanese "
    "Foreign Minister James Pitia Morgan signed a ceasefire accord on Tuesday in the presence "
    "of Kenyan President William Ruto and UN Secretary-General António Guterres.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-14");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    g_assert_false (field_contains (events->pdata[i], "countries", "PT"));
}

/* A leader the gazetteer knows, called later by the given name the press
 * uses ("Isaias landed …"), is still a participant of that visit. */
static void
test_known_person_by_given_name (void)
{
  const char *text =
    "Border to reopen\n\n"
    "ASMARA, November 5 (Wire) – Eritrea and Djibouti agreed on Tuesday to reopen their border, "
    "after President Isaias Afwerki and President Ismail Omar Guelleh signed a memorandum in "
    "Djibouti.\n\n"
    "Isaias landed in Djibouti on Monday and Guelleh hosted him for talks, with Foreign Minister "
    "Tesfay Gebre also present.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-11-05");
  gboolean visit = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "visit") == 0)
        {
          visit = TRUE;
          g_assert_true (field_contains (events->pdata[i], "participants", "Isaias Afwerki"));
          assert_field (events->pdata[i], "date", "2024-11-04");
        }
    }
  g_assert_true (visit);
}

/* "X's predecessor travelled to …": the predecessor acts, not X. */
static void
test_possessive_tie_not_participant (void)
{
  const char *text =
    "Trans-Tasman talks\n\n"
    "WELLINGTON, April 20 (Wire) – Australian Prime Minister Anthony Albanese and New Zealand "
    "Prime Minister Christopher Luxon held talks in Wellington on Friday on trade and defence.\n\n"
    "Albanese's predecessor Scott Morrison travelled to Washington to meet Joe Biden in "
    "September 2021.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-04-20");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Biden"))
      g_assert_false (field_contains (events->pdata[i], "participants", "Albanese"));
}

/* "talks in Qatar on Sunday" and then "… sat with their teams in Doha":
 * the city of the country already given is where; "under X's second
 * administration" does not make X a participant. */
static void
test_city_of_given_country (void)
{
  const char *text =
    "Indirect talks\n\n"
    "CARACAS — Venezuela and the United States opened their first talks under President Joe "
    "Biden's second administration in Qatar on Sunday, and both sides called them useful.\n\n"
    "Venezuelan Foreign Minister Yván Gil and U.S. envoy Brian Nichols sat with their teams in "
    "Doha, where Qatari Prime Minister Mohammed bin Abdulrahman Al Thani carried messages "
    "between the two.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-04");

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "location", "Doha");
  assert_field (events->pdata[0], "location_country", "QA");
  g_assert_false (field_contains (events->pdata[0], "participants", "Biden"));
}

/* Talks "to begin" on an accord that "runs out in 2027", told in a 2025
 * report: a plan, not an event. */
static void
test_no_event_after_report_date (void)
{
  const char *text =
    "Neighbours agree on rivers\n\n"
    "Dhaka, 3 May 2025 (Agency): Nepalese Prime Minister Pushpa Kamal Dahal and Bhutanese "
    "Prime Minister Tshering Tobgay held talks on Saturday on hydropower.\n\n"
    "Speaking to reporters, Dahal said Nepal would send engineers to Bhutan to study the Manas "
    "dam, and that expert talks on extending the power trade accord, which runs out in 2027, "
    "would start shortly.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-05-03");

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    g_assert_false (field_contains (events->pdata[i], "date", "2027"));
}

/* The host "greeted the visitor" in the sentence after the arrival: the
 * host takes part in the visit; "greeted the news" is no host. */
static void
test_host_greeted_visitor (void)
{
  const char *text =
    "State visit\n\n"
    "HANOI, June 5 (Agency) - Thai Prime Minister Srettha Thavisin was met with a gun salute at "
    "the Presidential Palace in Hanoi on Wednesday, his first trip abroad since taking office.\n\n"
    "Vietnamese Prime Minister Pham Minh Chinh greeted the prime minister at the steps, and the "
    "two leaders reviewed an honour guard before their delegations sat down together.\n";
  const char *news =
    "Markets\n\n"
    "Traders in Bangkok greeted the news of lower rates with relief on Monday.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-06");
  g_autoptr(GPtrArray) none = extract (news, "2024-06-06");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "visit");
  g_assert_true (field_contains (events->pdata[0], "participants", "Pham Minh Chinh"));
  assert_field (events->pdata[0], "countries", "TH; VN");
  g_assert_cmpuint (none->len, ==, 0);
}

/* A second call "shortly afterwards", then "the calls came a day after an
 * adviser travelled on Tuesday": that clause tells of another day and
 * does not date the second call. */
static void
test_other_day_clause_not_dating (void)
{
  const char *text =
    "Calls on trade\n\n"
    "PARIS, Sept 11 (Wire) - French President Emmanuel Macron said he and Chinese President Xi "
    "Jinping agreed on Wednesday to resume talks on trade, after a long phone call.\n\n"
    "Shortly afterwards Macron also spoke by phone with German Chancellor Olaf Scholz, who said "
    "the two discussed the talks.\n\n"
    "The calls came a day after adviser Emmanuel Bonne travelled to Beijing on Tuesday to "
    "prepare them.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-09-12");
  gboolean second = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Scholz"))
      {
        second = TRUE;
        assert_field (events->pdata[i], "date", "2024-09-11");
        g_assert_false (field_contains (events->pdata[i], "participants", "Bonne"));
      }
  g_assert_true (second);
}

/* "returned on Saturday after a visit to X": the return's day and the
 * dateline's are not the visit's; X is its place, and a later sentence
 * of the same days dates it. */
static void
test_return_clause (void)
{
  const char *text =
    "Ghana leader back from Abidjan\n\n"
    "ACCRA, June 15, 2024 (Wire) - Ghanaian President Nana Akufo-Addo returned to Accra on "
    "Saturday after a two-day state visit to Abidjan, where he and Ivorian President Alassane "
    "Ouattara discussed cocoa prices and border security.\n\n"
    "Akufo-Addo met Ouattara at the presidential palace on Thursday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Abidjan");
  assert_field (events->pdata[0], "date", "2024-06-13");
}

/* "before flying home on Friday": that day is the journey's */
static void
test_flying_home_date (void)
{
  const char *text =
    "Talks in Hanoi\n\n"
    "Australian Prime Minister Anthony Albanese met Vietnamese Prime Minister Pham Minh Chinh "
    "in Hanoi, and called the talks frank before flying home on Friday.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-09");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2024-03-09");
}

/* "would respect the treaty signed in Brasilia in 1998": the signing is
 * told in the past, in a clause of its own, whoever the sentence names */
static void
test_signing_in_relative_clause (void)
{
  const char *text =
    "Ecuador and Peru reopen consulates\n\n"
    "LIMA, May 6, 2024 (Wire) - Peruvian Foreign Minister Javier Gonzalez-Olaechea met his "
    "Ecuadorian counterpart Gabriela Sommerfeld in Lima on Monday.\n\n"
    "Sommerfeld said Ecuador would fully respect the boundary treaty signed in Brasilia in 1998 "
    "and reopen its consulates in the south.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean older = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "1998"))
      {
        older = TRUE;
        assert_field (events->pdata[i], "type", "agreement");
        assert_field (events->pdata[i], "participants", "");
      }
  g_assert_true (older);
}

/* "help the islands meet their policing needs" satisfies, it meets no one */
static void
test_meet_needs_is_no_meeting (void)
{
  const char *text =
    "Minister in Apia\n\n"
    "APIA, Aug 2, 2023 (Wire) - New Zealand Foreign Minister Nanaia Mahuta held talks with Samoan "
    "Prime Minister Fiame Naomi Mata'afa in Apia on Wednesday.\n\n"
    "Mata'afa defended a policing agreement the two governments signed in 2019, saying it helped "
    "the islands meet their security needs.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean older = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2019"))
      {
        older = TRUE;
        assert_field (events->pdata[i], "type", "agreement");
      }
  g_assert_true (older);
}

/* "invited him to Quito to sign a protocol": a purpose, a plan */
static void
test_infinitive_is_plan (void)
{
  const char *text =
    "Ministers meet in Lima\n\n"
    "LIMA, May 6, 2024 (Wire) - Peruvian Foreign Minister Javier Gonzalez-Olaechea met his "
    "Ecuadorian counterpart Gabriela Sommerfeld in Lima on Monday.\n\n"
    "Sommerfeld invited the Peruvian president to Quito to sign a fisheries protocol.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "meeting");
  assert_field (events->pdata[0], "location", "Lima");
}

/* "thanked Norway for hosting the talks" refers back to the signing's
 * talks; "the accord was concluded", "adopted a declaration" sign */
static void
test_reference_back_and_concluded (void)
{
  const char *text =
    "Accord in Oslo\n\n"
    "OSLO, Sept 4, 2024 (Wire) - Colombia and the ELN rebels' patrons in Venezuela reached a "
    "deal on Wednesday: the accord was concluded by Colombian Foreign Minister Luis Gilberto "
    "Murillo and Venezuelan Foreign Minister Yvan Gil after two days of talks.\n\n"
    "A joint statement thanked Norway for hosting and supporting the talks.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "agreement");
}

static void
test_adopted_declaration (void)
{
  const char *text =
    "Leaders meet in Apia\n\n"
    "APIA, Oct 25, 2024 (Wire) - Samoan Prime Minister Fiame Naomi Mata'afa and New Zealand Prime "
    "Minister Christopher Luxon held talks in Apia on Thursday.\n\n"
    "At the end of the talks, the two delegations adopted a joint declaration on climate "
    "finance.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean agreement = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "type", "agreement"))
      agreement = TRUE;
  g_assert_true (agreement);
}

/* Only what the sides said or did gives topics: not the setting around
 * the talks, nor a plan for the days after them */
static void
test_topics_only_from_the_talks (void)
{
  const char *text =
    "Leaders meet in Lima\n\n"
    "LIMA, May 6 (Wire) - Peruvian President Dina Boluarte held talks with Ecuadorian President "
    "Daniel Noboa in Lima on Monday and the two discussed trade.\n\n"
    "Fishing companies on the coast are pressing for cheaper fuel and new pipelines.\n\n"
    "Noboa raised the plight of migrants crossing the border.\n\n"
    "On Tuesday, Noboa is due to tour a military academy before flying home.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-07");
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "topics", "trade"));
  g_assert_false (field_contains (e, "topics", "energy"));
  g_assert_false (field_contains (e, "topics", "defense"));
}

/* What the leaders discussed after a signing told in between belongs to
 * their talks, not to the signing */
static void
test_discussion_after_signing (void)
{
  const char *text =
    "Talks in Hanoi\n\n"
    "HANOI, Oct 2 (Wire) - Vietnamese Prime Minister Pham Minh Chinh held talks with Malaysian "
    "Prime Minister Anwar Ibrahim in Hanoi on Wednesday.\n\n"
    "After the talks, the two sides signed three memoranda of understanding on digital "
    "cooperation.\n\n"
    "The two leaders also discussed rice exports and maritime security.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-03");
  ChEvent *talks = NULL, *signing = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "agreement") == 0)
        signing = events->pdata[i];
      else
        talks = events->pdata[i];
    }
  g_assert_nonnull (talks);
  g_assert_nonnull (signing);
  g_assert_true (field_contains (talks, "topics", "security"));
  g_assert_false (field_contains (signing, "topics", "security"));
  g_assert_true (field_contains (signing, "topics", "technology"));
}

/* Signatories, hosts who received the visitor and those who went along
 * take part, though the sentence that names them reports no meeting */
static void
test_signatories_and_companions_told_later (void)
{
  const char *text =
    "Accord in Nairobi\n\n"
    "NAIROBI, Feb 3 (Wire) - Kenya and Tanzania agreed on Monday to open three new border "
    "crossings, in a deal reached after talks in Nairobi.\n\n"
    "It was signed by Amina Odhiambo, principal secretary of Kenya's trade ministry, and "
    "Tanzanian trade minister Juma Mkwawa, with Ethiopian envoy Dawit Bekele also signing as a "
    "guarantor.\n\n"
    "Ugandan Foreign Minister Ruth Nankabirwa signed for Kampala.\n\n"
    "Deputy Minister Kamau Njoroge, who accompanied the delegation, told reporters the "
    "crossings would open in March.\n\n"
    "A spokesman, Peter Otieno, said the text would be published.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-02-04");
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Amina Odhiambo"));
  g_assert_true (field_contains (e, "participants", "Juma Mkwawa"));
  g_assert_true (field_contains (e, "participants", "Dawit Bekele"));
  g_assert_true (field_contains (e, "participants", "Ruth Nankabirwa"));
  g_assert_true (field_contains (e, "participants", "Kamau Njoroge"));
  g_assert_false (field_contains (e, "participants", "Otieno"));
}

/* "was also received by the President": the host of a visit under way,
 * not another event; a signatory "with" another signs beside them */
static void
test_received_by_host (void)
{
  const char *text =
    "Visit to Lisbon\n\n"
    "LISBON, June 4 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks with "
    "Portuguese Prime Minister Luis Neves in Lisbon on Tuesday.\n\n"
    "Lula was also received by President Marcelo Rebelo de Sousa at Belem Palace.\n\n"
    "Brazil's Foreign Minister Mauro Vieira signed with Portugal's Foreign Minister Paulo "
    "Rangel an agreement on consular affairs.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-05");
  guint visits = 0;
  gboolean rangel = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (type, "agreement") == 0)
        rangel = field_contains (events->pdata[i], "participants", "Paulo Rangel");
      else
        {
          visits++;
          g_assert_true (field_contains (events->pdata[i], "participants", "Rebelo de Sousa"));
          g_assert_true (field_contains (events->pdata[i], "participants", "Luis Neves"));
        }
    }
  g_assert_cmpuint (visits, ==, 1);
  g_assert_true (rangel);
}

/* An agreement "they signed" decades ago was not signed by the people of
 * today's report */
static void
test_old_agreement_not_by_todays_people (void)
{
  const char *text =
    "Talks in Cairo\n\n"
    "CAIRO, March 2, 2024 (Wire) - Egyptian President Abdel Fattah al-Sisi held talks with "
    "Algerian President Abdelmadjid Tebboune in Cairo on Saturday.\n\n"
    "They also agreed to revive a trade agreement they signed in 1998.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-02");

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "1998") == 0)
        assert_field (events->pdata[i], "participants", "");
    }
}

/* A country's name before a title gives the person's side ("New Zealand
 * Foreign Minister"), and an apostrophe inside a name keeps it whole */
static void
test_country_name_before_title (void)
{
  const char *text =
    "Talks in Suva\n\n"
    "SUVA, Aug 2, 2023 (Wire) - New Zealand Trade Minister Damien O'Connor held talks with "
    "Tongan Prime Minister Siaosi Sovaleni and Fijian Deputy Prime Minister Manoa Kamikamica "
    "in Suva on Wednesday.\n\n"
    "Papua New Guinea Foreign Minister Justin Tkatchenko and Samoan minister Toeolesulusulu "
    "Cedric Pose Salesa Schuster joined the talks, with Samoan Prime Minister Fiame Naomi "
    "Mata\u2019afa looking on.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  g_assert_true (field_contains (events->pdata[0], "countries", "NZ"));
  g_assert_true (field_contains (events->pdata[0], "countries", "PG"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Damien O'Connor"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Fiame Naomi Mata\u2019afa"));
}

/* The lede names the city ("stepped off his plane in the city of Kazan")
 * before the sentence that reports the talks: that city, not the
 * dateline's, is the place, also of the declaration signed there and
 * named after it. */
static void
test_lede_city_before_event (void)
{
  const char *text =
    "Nile talks in Kazan\n\n"
    "CAIRO, Oct 23, 2024 (Wire) - Egyptian President Abdel Fattah al-Sisi was all smiles as he "
    "stepped off his plane in the city of Kazan on Tuesday.\n\n"
    "Ethiopian Prime Minister Abiy Ahmed then held talks with him on the dam dispute.\n\n"
    "At the end of the talks, the two leaders signed the Kazan Declaration on water sharing.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    assert_field (events->pdata[i], "location", "Kazan");
}

/* A signing during a visit is an event beside the visit. */
static void
test_signing_beside_visit (void)
{
  const char *text =
    "Pact in Kampala\n\n"
    "NAIROBI, June 4, 2024 (Wire) - Kenyan President William Ruto and Ugandan President Yoweri "
    "Museveni signed a fuel pipeline agreement in Kampala on Monday during Ruto's state visit.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean visit = FALSE, agreement = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Kampala");
      assert_field (events->pdata[i], "date", "2024-06-03");
      visit |= field_contains (events->pdata[i], "type", "visit");
      agreement |= field_contains (events->pdata[i], "type", "agreement");
    }
  g_assert_true (visit && agreement);
}

/* The occasion's talks and its signing, each told in several sentences:
 * more signatories of its pact and a later word on its talks add to
 * them, they open no third event. */
static void
test_occasion_talks_and_signing (void)
{
  const char *text =
    "Declaration in Budapest\n\n"
    "BELGRADE, Oct 12, 2024 (Wire) - Serbian President Aleksandar Vucic returned from Budapest "
    "on Saturday after meeting Hungarian Prime Minister Viktor Orban on Friday, when the two "
    "leaders signed a declaration on energy.\n\n"
    "Foreign Ministers Marko Djuric of Serbia and Peter Szijjarto of Hungary initialled the text "
    "of a pipeline treaty.\n\n"
    "During their talks before the ceremony, the two leaders discussed gas supplies.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean ministers = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Budapest");
      assert_field (events->pdata[i], "date", "2024-10-11");
      if (field_contains (events->pdata[i], "type", "agreement"))
        ministers = field_contains (events->pdata[i], "participants", "Szijj");
    }
  g_assert_true (ministers);
}

/* "a planned signing … called off" is no agreement; "a ceremony hosted
 * by X" is no visit */
static void
test_planned_signing_called_off (void)
{
  const char *text =
    "Talks end early\n\n"
    "WASHINGTON, March 1, 2025 (Wire) - Talks between U.S. President Donald Trump and Ukrainian "
    "President Volodymyr Zelensky at the White House ended early on Friday, with a planned "
    "signing of a minerals agreement called off.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "meeting");
}

/* "A meeting between the ministers is expected to follow": a plan told
 * after the event word; "excluded from ASEAN meetings": meetings in
 * general. Neither is an event. */
static void
test_meeting_noun_planned_or_general (void)
{
  const char *text =
    "Ties restored\n\n"
    "RABAT, Jan 10, 2024 (Wire) - Moroccan Foreign Minister Nasser Bourita met his Algerian "
    "counterpart Ahmed Attaf in Rabat on Tuesday.\n\n"
    "A meeting between King Mohammed VI and President Abdelmadjid Tebboune is expected to "
    "follow within weeks.\n";
  const char *preview =
    "Summit preview\n\n"
    "JAKARTA, May 2, 2024 (Wire) - Leaders of Southeast Asia will gather in Jakarta next week "
    "for the annual ASEAN summit.\n\n"
    "Indonesian President Joko Widodo is expected to push for a common line on tariffs. "
    "Malaysian Prime Minister Anwar Ibrahim is expected to attend.\n\n"
    "The crisis in Myanmar, whose generals remain excluded from ASEAN meetings, will again test "
    "the bloc.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) none = extract (preview, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

/* One occasion, one day: "returned with signed agreements after a state
 * visit" and then "met Xi on Wednesday" date the agreements too */
static void
test_occasion_shares_its_day (void)
{
  const char *text =
    "Home from Tokyo\n\n"
    "JAKARTA, Dec 15, 2023 (Wire) - Indonesian President Joko Widodo returned from Tokyo with "
    "five signed agreements, his office said, after a state visit.\n\n"
    "Widodo met Japanese Prime Minister Fumio Kishida at the Prime Minister's Office on "
    "Wednesday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "date", "2023-12-13");
      assert_field (events->pdata[i], "location", "Tokyo");
    }
}

/* Once the report has its two sides, someone first named only to be
 * quoted comments on the event; someone who stayed out is no side; a
 * word after a title's complement is no name */
static void
test_commentators_and_bystanders (void)
{
  const char *text =
    "Leaders meet at the border\n\n"
    "GEORGETOWN, May 3, 2024 (Wire) - Guyanese President Irfaan Ali met Surinamese President "
    "Chan Santokhi at a border post on Friday, in talks with a special adviser for Caribbean "
    "affairs present.\n\n"
    "Brazilian President Luiz Inacio Lula da Silva flew in with Ali but did not take part in the "
    "talks.\n\n"
    "Foreign Minister Albert Ramdin said on social media that the meeting had been useful.\n\n"
    "The agreement was signed by Rear Admiral Hugh Todd, Guyana's foreign minister.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Irfaan Ali"));
  g_assert_true (field_contains (e, "participants", "Chan Santokhi"));
  g_assert_false (field_contains (e, "participants", "Lula"));
  g_assert_false (field_contains (e, "participants", "Caribbean"));
  g_assert_false (field_contains (e, "countries", "BR"));
  for (guint i = 0; i < events->len; i++)
    {
      g_assert_false (field_contains (events->pdata[i], "participants", "Ramdin"));
      if (field_contains (events->pdata[i], "type", "agreement"))
        g_assert_true (field_contains (events->pdata[i], "participants", "Hugh Todd"));
    }
}

/* One person's journey on another day to another country's city, away
 * from the reported event, is a visit of its own: "the call came a day
 * after the French minister travelled to Beijing on Tuesday". */
static void
test_journey_of_another_day (void)
{
  const char *text =
    "Leaders speak\n\n"
    "PARIS, Sept 12, 2024 (Wire) - French President Emmanuel Macron said he and Chinese President "
    "Xi Jinping spoke by phone on Wednesday about trade.\n\n"
    "The call came a day after French Foreign Minister Jean-Noel Barrot travelled to Beijing on "
    "Tuesday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean journey = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Barrot"))
      {
        journey = TRUE;
        assert_field (events->pdata[i], "type", "visit");
        assert_field (events->pdata[i], "location", "Beijing");
        assert_field (events->pdata[i], "date", "2024-09-10");
      }
  g_assert_true (journey);
}

/* A role in lower case, with the side before it and any portfolio
 * between: "Senegal's chief negotiator X", "the Gambian fisheries
 * minister Y", "her Mauritanian counterpart Z". */
static void
test_lower_case_roles (void)
{
  const char *text =
    "Fisheries accord in Dakar\n\n"
    "DAKAR, June 4, 2025 (Wire) - Senegal's chief negotiator Aminata Diallo-Sarr and the Gambian "
    "fisheries minister Lamin Jobe signed a fisheries accord in Dakar on Tuesday.\n\n"
    "The two officials discussed fishing licences and patrols of the shared waters.\n";
  const char *text2 =
    "Ministers meet\n\n"
    "BAMAKO, June 9, 2025 (Wire) - Mali's mining minister Awa Keita received her Mauritanian "
    "counterpart Sidi Ould Brahim in Bamako on Monday for talks on gold exports.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) events2 = extract (text2, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  assert_field (e, "type", "agreement");
  g_assert_true (field_contains (e, "participants", "Aminata Diallo-Sarr"));
  g_assert_true (field_contains (e, "participants", "Lamin Jobe"));
  assert_field (e, "countries", "GM; SN");

  g_assert_cmpuint (events2->len, >=, 1);
  e = events2->pdata[0];
  g_assert_true (field_contains (e, "participants", "Awa Keita"));
  g_assert_true (field_contains (e, "participants", "Sidi Ould Brahim"));
  assert_field (e, "countries", "ML; MR");
}

/* A pact named by its year ("a 2004 fisheries accord", "the 1992 treaty
 * signed in Lima by …") is an earlier agreement told in passing: of the
 * report's sides, or of the signing its clause tells. */
static void
test_pact_named_by_year (void)
{
  const char *text =
    "Neighbours talk fishing\n\n"
    "Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister "
    "Alberto van Klaveren in Santiago on Monday.\n\n"
    "The ministers agreed to update a 2004 fisheries accord, as well as the 1999 border "
    "treaty signed in Lima, which settled the last disputes.\n\n"
    "A 2030 agenda for the coast was also mentioned.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  gboolean seen_2004 = FALSE, seen_1999 = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      g_assert_cmpstr (date, !=, "2030");
      if (g_strcmp0 (date, "2004") == 0)
        {
          seen_2004 = TRUE;
          assert_field (events->pdata[i], "type", "agreement");
          assert_field (events->pdata[i], "countries", "CL; PE");
        }
      if (g_strcmp0 (date, "1999") == 0)
        {
          seen_1999 = TRUE;
          assert_field (events->pdata[i], "location", "Lima");
        }
    }
  g_assert_true (seen_2004);
  g_assert_true (seen_1999);
}

/* An earlier trip told with the signing made on it ("visited Lima in May
 * 2012 and signed a port agreement") is two events, the visit and the
 * signing; an earlier signing followed by talks in general ("signed a
 * charter in 2009, but years of talks since …") is only the signing.
 * A second host met on the report's trip is another visit. */
static void
test_past_visit_and_signing (void)
{
  const char *text =
    "Premier in La Paz\n\n"
    "Peruvian Prime Minister Gustavo Adrianzen arrived in La Paz on Monday on an official "
    "visit and met Bolivian President Luis Arce.\n\n"
    "Adrianzen also met Foreign Minister Celinda Sosa.\n\n"
    "In his earlier post, Adrianzen visited Sucre in May 2012 and signed a port agreement "
    "giving Bolivia access to the Pacific.\n\n"
    "The two countries signed a river charter in Cobija in March 2009, but years of talks "
    "since then have not produced a treaty.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  guint visits_2012 = 0, agreements_2012 = 0, meetings_2009 = 0, agreements_2009 = 0;
  guint visits_now = 0;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");
      g_autofree char *type = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (date, "2012-05") == 0)
        {
          visits_2012 += g_strcmp0 (type, "visit") == 0;
          agreements_2012 += g_strcmp0 (type, "agreement") == 0;
        }
      if (g_strcmp0 (date, "2009-03") == 0)
        {
          meetings_2009 += g_strcmp0 (type, "agreement") != 0;
          agreements_2009 += g_strcmp0 (type, "agreement") == 0;
        }
      if (g_strcmp0 (date, "2024-06-10") == 0)
        visits_now += g_strcmp0 (type, "visit") == 0;
    }
  g_assert_cmpuint (visits_2012, ==, 1);
  g_assert_cmpuint (agreements_2012, ==, 1);
  g_assert_cmpuint (agreements_2009, ==, 1);
  g_assert_cmpuint (meetings_2009, ==, 0);
  g_assert_cmpuint (visits_now, ==, 2);
}

/* "signed a memorandum with Beijing": a capital after "with" stands for
 * its government, one side of the pact, and says nothing of where it was
 * signed. */
static void
test_capital_as_counterpart (void)
{
  const char *text =
    "Minister visits Quito\n\n"
    "Peruvian Foreign Minister Elmer Schialer met Ecuadorian Foreign Minister Gabriela "
    "Sommerfeld in Quito on Monday.\n\n"
    "Ecuador joined the programme in 2016, when it signed a memorandum with Tokyo after long "
    "talks.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  gboolean seen = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2016") != 0)
        continue;
      seen = TRUE;
      assert_field (events->pdata[i], "location", "");
      assert_field (events->pdata[i], "countries", "EC; JP");
    }
  g_assert_true (seen);
}

/* Returns the event of @events held in @location, or NULL */
static ChEvent *
event_in (GPtrArray  *events,
          const char *location)
{
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *value = ch_event_dup_field (events->pdata[i], "location");

      if (g_strcmp0 (value, location) == 0)
        return events->pdata[i];
    }
  return NULL;
}

/* One background sentence may tell of several earlier meetings, each with
 * its own place and date; a clause with no verb of its own ("and once more
 * in Lisbon in …") repeats the one before it. */
static void
test_several_past_occasions (void)
{
  const char *text =
    "Neighbours resume border talks\n\n"
    "Bolivian President Luis Arce met Chilean President Gabriel Boric in Santiago on Tuesday "
    "to discuss border crossings.\n\n"
    "It was their third meeting. They first met in Quito in March 2022, where they "
    "signed a pledge on trade, and once more in Lisbon in October 2023, a meeting cut short "
    "by a storm.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-15");
  ChEvent *quito, *lisbon;

  quito = event_in (events, "Quito");
  lisbon = event_in (events, "Lisbon");
  g_assert_nonnull (quito);
  g_assert_nonnull (lisbon);
  g_assert_nonnull (event_in (events, "Santiago"));
  assert_field (quito, "date", "2022-03");
  assert_field (lisbon, "date", "2023-10");
  g_assert_true (field_contains (lisbon, "participants", "Boric"));
  g_assert_true (field_contains (lisbon, "participants", "Arce"));
  /* the signing of the first occasion beside its meeting */
  {
    guint in_quito = 0;

    for (guint i = 0; i < events->len; i++)
      {
        g_autofree char *location = ch_event_dup_field (events->pdata[i], "location");

        in_quito += g_strcmp0 (location, "Quito") == 0;
      }
    g_assert_cmpuint (in_quito, ==, 2);
  }
}

/* The first event in @events dated @date, or NULL */
static ChEvent *
event_dated (GPtrArray  *events,
             const char *date)
{
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *value = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (value, date) == 0)
        return events->pdata[i];
    }
  return NULL;
}

/* An earlier visit told in passing names its visitor after a word that
 * usually keeps a name out of the event: "unlike X's last trip", "the
 * state visit of X", "the visit … was made by X".  The visitor was there. */
static void
test_passing_visit_names_its_visitor (void)
{
  const char *text =
    "Chile and Peru agree on port access\n\n"
    "LIMA, June 12 - Peruvian President Dina Boluarte received Chilean President Gabriel "
    "Boric at the Government Palace in Lima on Wednesday for talks on port access.\n\n"
    "The mood differed from Boric's previous trip to Lima in November 2022, when a quarrel "
    "over fishing overshadowed the day.\n\n"
    "The first state visit to Chile by a Peruvian leader in a decade was made by President "
    "Martin Vizcarra, who held talks with President Sebastian Pinera in Santiago in October "
    "2018.\n\n"
    "Relations had warmed during the state visit of Chilean President Michelle Bachelet in "
    "March 2016, when she was welcomed by President Ollanta Humala in Lima.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  ChEvent *e;

  e = event_dated (events, "2022-11");
  g_assert_nonnull (e);
  assert_field (e, "participants", "Gabriel Boric");
  e = event_dated (events, "2018-10");
  g_assert_nonnull (e);
  g_assert_true (field_contains (e, "participants", "Vizcarra"));
  g_assert_true (field_contains (e, "participants", "Pi"));
  e = event_dated (events, "2016-03");
  g_assert_nonnull (e);
  g_assert_true (field_contains (e, "participants", "Bachelet"));
  g_assert_true (field_contains (e, "participants", "Humala"));
}

/* "the previous day" in a sentence about an earlier stop of the trip is
 * the day before the report's event, not the day before the article
 * was written. */
static void
test_previous_day_of_the_report (void)
{
  const char *text =
    "Ruto in Uganda\n\n"
    "KAMPALA, March 8 - Kenyan President William Ruto held talks with Ugandan President "
    "Yoweri Museveni at State House in Entebbe on Thursday on the oil pipeline and rail "
    "links.\n\n"
    "Ruto had held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa the "
    "previous day, on the first leg of a regional tour.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-09");
  ChEvent *e;

  e = event_in (events, "Entebbe");
  g_assert_nonnull (e);
  assert_field (e, "date", "2024-03-07");
  e = event_in (events, "Addis Ababa");
  g_assert_nonnull (e);
  assert_field (e, "date", "2024-03-06");
  g_assert_true (field_contains (e, "participants", "Abiy Ahmed"));
}

/* An earlier trip told in passing makes the country visited a side, even
 * when the travellers the sentence names already make two sides. */
static void
test_passing_visit_host_country (void)
{
  const char *text =
    "Faye in Banjul\n\n"
    "BANJUL, May 16 - Senegalese President Bassirou Diomaye Faye held talks with Gambian "
    "President Adama Barrow in Banjul on Thursday on fishing rights and the bridge over the "
    "Gambia river.\n\n"
    "Faye's predecessor, Macky Sall, travelled to Abuja in March 2019 with Ghanaian President "
    "Nana Akufo-Addo and Ivorian President Alassane Ouattara to discuss the single currency "
    "with Nigeria.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-17");
  ChEvent *e;

  e = event_in (events, "Abuja");
  g_assert_nonnull (e);
  assert_field (e, "date", "2019-03");
  assert_field (e, "countries", "CI; GH; NG; SN");
  assert_field (e, "type", "visit");
}

/* A date told of a happening that is no meeting ("after the fighting in
 * May", "since taking office in August 2021") dates that happening: the
 * sentence makes no earlier event of the talks it speaks of. */
static void
test_date_of_a_happening (void)
{
  const char *text =
    "Hichilema in Maputo\n\n"
    "MAPUTO, June 10 - Zambian President Hakainde Hichilema held talks with Mozambican "
    "President Filipe Nyusi in Maputo on Monday on the Nacala rail corridor.\n\n"
    "In their talks, the two leaders discussed the rebuilding of roads in Cabo Delgado after "
    "the fighting in May, border security and ways of raising trade, officials said.\n\n"
    "It is his third trip to southern Africa since taking office in August 2021.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-10");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2024-06-10");
  assert_field (events->pdata[0], "location", "Maputo");
}

/* "on 12 March last year": the day of the year named after it, not the
 * latest 12 March before the article. */
static void
test_month_day_last_year (void)
{
  const char *text =
    "Hichilema in Maputo\n\n"
    "MAPUTO, June 10 - Zambian President Hakainde Hichilema held talks with Mozambican "
    "President Filipe Nyusi in Maputo on Monday on the Nacala rail corridor.\n\n"
    "The two presidents had last met in Lusaka on 12 March last year, when they opened a new "
    "border post.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-10");
  ChEvent *e = event_in (events, "Lusaka");

  g_assert_nonnull (e);
  assert_field (e, "date", "2023-03-12");
}

/* "when X visited Mombasa and held talks with Y": the city visited is
 * where the earlier talks took place, though "and" follows it. */
static void
test_visited_city_and_more (void)
{
  const char *text =
    "Suluhu in Nairobi\n\n"
    "NAIROBI, Oct 3 - Tanzanian President Samia Suluhu Hassan met Kenyan President William "
    "Ruto at State House in Nairobi on Thursday on the gas pipeline.\n\n"
    "Ties had been cooler in June 2019, when President John Magufuli visited Mombasa and held "
    "talks with President Uhuru Kenyatta on trade barriers.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-10-04");
  ChEvent *e = NULL;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Magufuli"))
      e = events->pdata[i];
  g_assert_nonnull (e);
  assert_field (e, "date", "2019-06");
  assert_field (e, "location", "Mombasa");
}

/* A ministry's portfolio between the title and the name is no part of the
 * name, and capitalised words after a title that end in a rank are more
 * of the title, not a person. */
static void
test_portfolio_and_rank_after_title (void)
{
  const char *text =
    "Ministers meet on river\n\n"
    "LOME, March 3, 2025 (Wire) - Togo's Minister of Hydraulics and Sanitation Adamou "
    "Mahamane, also Deputy Supreme Commander of the Armed Forces, met Ghana's Minister of Water "
    "Resources and Irrigation Joseph Utsev in Lome on Monday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Adamou Mahamane"));
  g_assert_true (field_contains (e, "participants", "Joseph Utsev"));
  g_assert_false (field_contains (e, "participants", "Sanitation"));
  g_assert_false (field_contains (e, "participants", "Irrigation"));
  g_assert_false (field_contains (e, "participants", "Commander"));
  assert_field (e, "countries", "GH; TG");
}

/* An apposition that gives the side and a role in lower case: "X, Egypt's
 * chief negotiator," and "Y, the Saudi trade adviser," */
static void
test_lower_case_role_apposition (void)
{
  const char *text =
    "Officials meet\n\n"
    "CAIRO, March 10, 2025 (Wire) - Omar Haddad, Egypt's chief negotiator, held talks with "
    "Khalid Mansour, the Saudi trade adviser, in Cairo on Monday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Omar Haddad"));
  g_assert_true (field_contains (e, "participants", "Khalid Mansour"));
  assert_field (e, "countries", "EG; SA");
}

/* "Latvia's prime minister, X Y," and "his Omani counterpart, X Y,": a
 * side's office in lower case, then the holder's full name between
 * commas, names a participant */
static void
test_office_comma_apposition (void)
{
  const char *text =
    "Neighbours talk\n\n"
    "RIGA, May 18, 2011 (Wire) - Latvia's prime minister, Ivars Ozolkalns, met Estonia's "
    "foreign minister, Tarmo Kivisild, in Riga on Wednesday.\n\n"
    "Lithuania's energy minister, Dainius Petrauskis, and his Polish counterpart, Marek "
    "Wolanski, signed a memorandum on gas storage in Vilnius in 2009.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *riga = event_in (events, "Riga");
  ChEvent *vilnius = event_in (events, "Vilnius");

  g_assert_nonnull (riga);
  g_assert_true (field_contains (riga, "participants", "Ivars Ozolkalns"));
  g_assert_true (field_contains (riga, "participants", "Tarmo Kivisild"));
  assert_field (riga, "countries", "EE; LV");
  g_assert_nonnull (vilnius);
  g_assert_true (field_contains (vilnius, "participants", "Dainius Petrauskis"));
  g_assert_true (field_contains (vilnius, "participants", "Marek Wolanski"));
  assert_field (vilnius, "countries", "LT; PL");
}

/* "He also said he would press President X": the subject is still the
 * one "he" stands for, so the next "He …" is not X; and a second text
 * signed "in the presence of the two leaders" is an event of its own,
 * attended by the pair and not by the ministers who came with them */
static void
test_pronoun_subject_and_pair_witness (void)
{
  const char *text =
    "Leaders sign declaration\n\n"
    "SANTO DOMINGO — Panamanian President Rafael Quintero held talks with Dominican "
    "President Luis Abinader Corona in Santo Domingo on Sunday. Quintero was accompanied by "
    "Foreign Minister Elena Bustamante.\n\n"
    "After the talks, the two presidents signed a joint declaration on migration.\n\n"
    "Panama's health minister, Ramiro Castellanos, and his Dominican counterpart, Víctor "
    "Atallah, then signed an agreement on cooperation in health in the presence of the two "
    "leaders.\n\n"
    "Quintero thanked his host for the welcome. He also said he would keep pressing "
    "President Joe Biden to lift the tariffs on bananas.\n\n"
    "He arrived late on Saturday and laid a wreath at the monument to the national hero.\n";
  g_autoptr(GPtrArray) events = extract (text, "2022-05-08");
  guint agreements = 0;

  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      g_assert_false (field_contains (e, "participants", "Joe Biden"));
      if (!field_contains (e, "type", "agreement"))
        continue;
      agreements++;
      g_assert_true (field_contains (e, "participants", "Rafael Quintero"));
      g_assert_true (field_contains (e, "participants", "Luis Abinader"));
      if (field_contains (e, "participants", "Ramiro Castellanos"))
        {
          g_assert_true (field_contains (e, "participants", "Víctor Atallah"));
          g_assert_false (field_contains (e, "participants", "Elena Bustamante"));
        }
    }
  g_assert_cmpuint (agreements, ==, 2);
}

/* "The previous one was held in …": an earlier occasion of the kind the
 * sentence before names (a round of talks) is an event of its own, with
 * no one named; "when Theresa May hosted …" is a past hosting, the
 * capitalised "May" no modal verb of a plan. */
static void
test_earlier_occasion_by_reference (void)
{
  const char *text =
    "Border talks resume\n\n"
    "Peruvian Foreign Minister Elmer Schialer held talks with Ecuadorian Foreign Minister "
    "Gabriela Sommerfeld in Lima on Monday.\n\n"
    "It was the ninth round of talks on the river boundary. The previous one was held in "
    "Quito in October 2021, shortly before the floods.\n\n"
    "In March 2019 British Prime Minister Theresa May received Ecuadorian President Lenin "
    "Moreno in London.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-12");
  ChEvent *quito;

  quito = event_in (events, "Quito");
  g_assert_nonnull (quito);
  assert_field (quito, "date", "2021-10");
  assert_field (quito, "type", "negotiation");
  assert_field (quito, "countries", "EC; PE");
  g_assert_nonnull (event_in (events, "London"));
  assert_field (event_in (events, "London"), "date", "2019-03");
}

/* An older event told in passing takes its sides from its own sentence:
 * "the three countries" are the three the article is about, and a capital
 * visited or dealt with stands for its country, even when the sentence
 * names another country in passing. */
static void
test_background_sides_from_own_sentence (void)
{
  const char *text =
    "River talks resume\n\n"
    "LUSAKA, May 14, 2025 (Wire) - Zambia, Zimbabwe and Mozambique held a new round of talks on "
    "the shared river basin in Lusaka on Tuesday.\n\n"
    "Zambia and Zimbabwe want more water for irrigation, while Mozambique fears floods.\n\n"
    "The three countries signed a basin charter in Maputo in March 2012, but a process observed "
    "by the United States has stalled since.\n\n"
    "In June 2016 Zambian President Edgar Lungu visited Harare and signed a power-sharing "
    "agreement, weeks after a dispute over the border with Malawi.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean charter = FALSE, power = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2012-03") == 0)
        {
          charter = TRUE;
          assert_field (events->pdata[i], "countries", "MZ; ZM; ZW");
        }
      if (g_strcmp0 (date, "2016-06") == 0)
        {
          power = TRUE;
          assert_field (events->pdata[i], "countries", "ZM; ZW");
        }
    }
  g_assert_true (charter);
  g_assert_true (power);
}

/* "The first such visit since X in 2009": X is who the event is measured
 * against, no side of it; "since X travelled to …" still tells of X. */
static void
test_person_measured_against (void)
{
  const char *text =
    "State visit\n\n"
    "PARIS, May 23, 2024 (Wire) - French President Emmanuel Macron hosted Nigerian President "
    "Bola Tinubu at the Elysee Palace on Thursday, the first state visit by a West African leader "
    "since Senegal's Abdoulaye Wade in 2009.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, >=, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Tinubu"));
  g_assert_true (field_contains (e, "participants", "Macron"));
  g_assert_false (field_contains (e, "participants", "Wade"));
  assert_field (e, "countries", "FR; NG");
}

/* A person "who was hosted by X" met X, unlike a summit "hosted by X". */
static void
test_person_hosted_by (void)
{
  const char *text =
    "Visit\n\n"
    "OSLO, June 5, 2024 (Wire) - Danish Prime Minister Mette Frederiksen met Norwegian Prime "
    "Minister Jonas Gahr Store in Oslo on Wednesday.\n\n"
    "The last Danish head of state to visit Norway was Queen Margrethe II, who was hosted by "
    "Harald V on a state visit to Oslo in May 2015.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean past = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2015-05"))
      {
        past = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Margrethe"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Harald V"));
      }
  g_assert_true (past);
}

/* "The Chilean leader" names the one Chilean of the article, and not the
 * other side's leader. */
static void
test_side_leader_reference (void)
{
  const char *text =
    "Leaders meet\n\n"
    "LIMA, June 5, 2024 (Wire) - Peruvian President Dina Boluarte met Chilean President Gabriel "
    "Boric in Lima on Wednesday to discuss migration and trade.\n\n"
    "The Chilean leader last visited Peru in March 2023, when he attended a regional forum in "
    "Cusco.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean past = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2023-03"))
      {
        past = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Gabriel Boric"));
        g_assert_false (field_contains (events->pdata[i], "participants", "Boluarte"));
      }
  g_assert_true (past);
}

/* A Korean given name of two syllables joined by a hyphen is one name,
 * even when no list knows the person. */
static void
test_hyphenated_given_name (void)
{
  const char *text =
    "Ministers meet\n\n"
    "SEOUL, March 3, 2024 (Wire) - Thai Foreign Minister Parnpree Bahiddha-Nukara met South Korean "
    "Trade Minister Ahn Dok-geun in Seoul on Tuesday to discuss a free trade deal.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Ahn Dok-geun"));
}

/* The lede says where the leaders agreed; the talks' sentence names a
 * project's site and the city of the ministry that told of them, neither
 * of them the place of the talks. */
static void
test_project_site_and_speaker_city (void)
{
  const char *text =
    "Corridor talks\n\n"
    "KARACHI, 3 June 2025 (Wire): Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang agreed "
    "in Beijing on Tuesday to speed up work on the economic corridor.\n\n"
    "The talks covered the deep-water port at Gwadar, a new rail line and power supplies, the "
    "foreign ministry in Islamabad said.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Li Qiang"))
      {
        assert_field (events->pdata[i], "location", "Beijing");
        found = TRUE;
      }
  g_assert_true (found);
}

/* An earlier visit told with the host's residence in apposition, and a
 * summit weeks later in another city: the visit was at the residence. */
static void
test_residence_in_apposition (void)
{
  const char *text =
    "Leaders speak by phone\n\n"
    "ROME, 2 May 2025 (Wire) - Italian President Sergio Mattarella spoke by telephone with "
    "Egyptian President Abdel Fattah el-Sisi on Friday about the war in Sudan.\n\n"
    "Mattarella received Sisi at his official residence, the Quirinal Palace, in March 2024, "
    "weeks before a summit of the African Union in Addis Ababa.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2024-03"))
      {
        assert_field (events->pdata[i], "location", "Rome");
        assert_field (events->pdata[i], "venue", "Quirinal Palace");
        found = TRUE;
      }
  g_assert_true (found);
}

/* Deals signed by companies beside a visit are no agreement between
 * the states; a contract signed before the two leaders is theirs. */
static void
test_deals_signed_by_companies (void)
{
  const char *text =
    "Ruto in Tokyo\n\n"
    "TOKYO, 9 Feb 2024 (Wire) - Kenyan President William Ruto held talks with Japanese Prime "
    "Minister Fumio Kishida in Tokyo on Thursday on roads, ports and geothermal power.\n\n"
    "On Friday, Kenyan and Japanese companies signed eleven investment deals worth about two "
    "billion dollars at a business forum.\n";
  const char *witnessed =
    "Ruto in Tokyo\n\n"
    "TOKYO, 9 Feb 2024 (Wire) - Kenyan President William Ruto held talks with Japanese Prime "
    "Minister Fumio Kishida in Tokyo on Thursday on roads, ports and geothermal power.\n\n"
    "In the presence of the two leaders, Kenyan and Japanese companies then signed a contract "
    "for a geothermal plant.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) events2 = extract (witnessed, NULL);
  guint agreements = 0;

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    g_assert_false (field_contains (events->pdata[i], "type", "agreement"));
  for (guint i = 0; i < events2->len; i++)
    if (field_contains (events2->pdata[i], "type", "agreement"))
      agreements++;
  g_assert_cmpuint (agreements, ==, 1);
}

/* Mongolian names come with the patronymic's initial, which may be
 * romanised as two letters: "Kh." is no sentence's end and no name. */
static void
test_digraph_initial (void)
{
  const char *text =
    "Talks in Astana\n\n"
    "ASTANA, 4 Sept 2019 (Wire) - Kazakh President Kassym-Jomart Tokayev and Mongolian "
    "President Kh. Battulga held talks in Astana on Monday on rail links and grain trade.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autofree char *participants = NULL;
  g_autofree char *evidence = NULL;

  g_assert_cmpuint (events->len, >=, 1);
  participants = ch_event_dup_field (events->pdata[0], "participants");
  evidence = ch_event_dup_field (events->pdata[0], "evidence");
  g_assert_nonnull (strstr (participants, "Battulga"));
  g_assert_null (strstr (participants, "Kh;"));
  g_assert_true (g_str_has_prefix (evidence, "Kazakh President"));
  assert_field (events->pdata[0], "countries", "KZ; MN");
}

/* People of a clause of another time ("weeks after X succeeded Y") or
 * of what is yet to come (", where he is due to meet Z") took no part. */
static void
test_people_of_another_time (void)
{
  const char *text =
    "Visit\n\n"
    "HANOI, 12 Oct 2023 (Wire) - Vietnamese President Vo Van Thuong received Lao President "
    "Thongloun Sisoulith in Hanoi on Wednesday, weeks after Sonexay Siphandone succeeded "
    "Phankham Viphavanh as prime minister.\n\n"
    "Thongloun flew on to Phnom Penh on Thursday, where he is due to hold talks with Cambodian "
    "Prime Minister Hun Manet.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  for (guint i = 0; i < events->len; i++)
    {
      g_assert_false (field_contains (events->pdata[i], "participants", "Viphavanh"));
      g_assert_false (field_contains (events->pdata[i], "participants", "Siphandone"));
      g_assert_false (field_contains (events->pdata[i], "participants", "Hun Manet"));
    }
  g_assert_true (field_contains (events->pdata[0], "participants", "Thongloun"));
}

/* "X, who arrived in A on Tuesday, had received Y in B in 2016": the
 * aside tells the subject's present trip; the clause, an older visit,
 * has its own date and place. */
static void
test_aside_of_the_subject (void)
{
  const char *text =
    "Ruto in Accra\n\n"
    "NAIROBI, 8 March 2024 (Wire) - Kenyan President William Ruto held talks with Ghanaian "
    "President Nana Akufo-Addo in Accra on Thursday on trade across the continent.\n\n"
    "Ruto, who arrived in Accra on Wednesday on a two-day state visit, had last received a "
    "Ghanaian head of state in Nairobi in June 2016, when John Mahama came for a summit on "
    "trade.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *evidence = ch_event_dup_field (events->pdata[i], "evidence");

      if (g_str_has_prefix (evidence, "Ruto, who arrived"))
        {
          assert_field (events->pdata[i], "date", "2016-06");
          assert_field (events->pdata[i], "location", "Nairobi");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* "…, a spokesman said. X condemned …": the spokesman of the sentence
 * before is not X. */
static void
test_spokesman_of_the_sentence_before (void)
{
  const char *text =
    "Call\n\n"
    "MADRID, 4 Nov 2023 (Wire) - Prime Minister Pedro Sanchez spoke with Moroccan King Mohammed VI "
    "by telephone on Friday about migration across the Strait of Gibraltar, a government "
    "spokesman said.\n\n"
    "Sanchez praised the cooperation of the Moroccan coast guard.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Pedro S"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Mohammed VI"));
}

/* An "arrangement" is a text that is signed like an agreement. */
static void
test_arrangement_signed (void)
{
  const char *text =
    "Migration deal\n\n"
    "ROME, 6 Nov 2023 (Wire) - Italian Prime Minister Giorgia Meloni and Albanian Prime Minister "
    "Edi Rama met in Rome on Monday to discuss migration.\n\n"
    "An earlier arrangement on coast guard patrols was signed in Tirana in May 2021 by then "
    "Interior Minister Luciana Lamorgese and her Albanian counterpart Bledi Cuci.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2021-05"))
      {
        assert_field (events->pdata[i], "type", "agreement");
        assert_field (events->pdata[i], "location", "Tirana");
        found = TRUE;
      }
  g_assert_true (found);
}

/* A nickname in quotes between the given and the family name: the person
 * is named in full, not by the given name alone. */
static void
test_nickname_inside_name (void)
{
  const char *text =
    "Leaders agree on fisheries\n\n"
    "TOKYO, May 14, 2025 (Wire) - Japanese Prime Minister Shigeru Ishiba met Philippine President "
    "Ferdinand \"Bongbong\" Marcos Jr. in Tokyo on Wednesday and the two agreed to widen coast "
    "guard drills in the South China Sea.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autofree char *participants = NULL;

  g_assert_cmpuint (events->len, >=, 1);
  participants = ch_event_dup_field (events->pdata[0], "participants");
  g_assert_nonnull (strstr (participants, "Ferdinand Marcos Jr."));
  g_assert_null (strstr (participants, "Bongbong"));
  assert_field (events->pdata[0], "countries", "JP; PH");
}

/* The Gulf's and Nigeria's press name these leaders with their family or
 * middle name; the extractor names them so too. */
static void
test_listed_full_arabic_name (void)
{
  const char *text =
    "Talks in Doha\n\n"
    "DOHA, March 4, 2025 (Wire) - Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani "
    "received Emirati national security adviser Sheikh Tahnoun bin Zayed in Doha on Tuesday to "
    "discuss regional security.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  g_assert_true (field_contains (events->pdata[0], "participants",
                                 "Mohammed bin Abdulrahman bin Jassim Al Thani"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Tahnoun bin Zayed Al Nahyan"));
}

/* "X's chief adviser Y held talks": Y acts for X's side; X is only named
 * by the tie. */
static void
test_possessive_adviser (void)
{
  const char *text =
    "Talks\n\n"
    "NAIROBI, May 9, 2024 (Wire) - Kenyan President William Ruto and Tanzanian President Samia "
    "Suluhu Hassan held talks on a border dispute in Arusha on Thursday.\n\n"
    "The talks were prepared in Mombasa on February 2, when Ruto's National Security Adviser "
    "Monica Juma met Tanzanian Foreign Minister Stergomena Tax.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean past = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2024-02-02"))
      {
        past = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Monica Juma"));
        g_assert_false (field_contains (events->pdata[i], "participants", "Ruto"));
        assert_field (events->pdata[i], "countries", "KE; TZ");
      }
  g_assert_true (past);
}

/* "The two presidents witnessed the signing by their ministers": the
 * leaders of the talks attend the signing beside its signatories. */
static void
test_leaders_witness_signing (void)
{
  const char *text =
    "Accords\n\n"
    "ACCRA, October 14, 2024 (Wire) - Ghanaian President Nana Akufo-Addo held talks with Ivorian "
    "President Alassane Ouattara at Jubilee House in Accra on Monday.\n\n"
    "The two presidents then witnessed the signing of three agreements on energy and trade by "
    "Foreign Minister Shirley Ayorkor Botchwey and her Ivorian counterpart Kacou Houadja Leon "
    "Adom.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean signing = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "type", "agreement"))
      {
        signing = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Botchwey"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Akufo-Addo"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Ouattara"));
      }
  g_assert_true (signing);
}

/* "was signed by Chile's mining minister, X, and Peru's energy
 * minister, Y": signatories announced by an office set off with commas
 * take part, and so does a delegate introduced as "his deputy foreign
 * minister, Z" in a list of those who went along. */
static void
test_signatories_after_office_and_comma (void)
{
  const char *text =
    "Andes pact\n\n"
    "LIMA, 9 May 2024 (Wire) - Chile and Peru signed a lithium cooperation agreement on Thursday "
    "in a ceremony held over a video link.\n\n"
    "The agreement was signed by Chile's mining minister, Aurora Williams, and Peru's energy "
    "minister, Romulo Mucho, as officials of both countries looked on.\n";
  const char *text2 =
    "Visit\n\n"
    "HANOI, 3 June 2024 (Wire) - Thai Prime Minister Srettha Thavisin held talks with "
    "Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.\n\n"
    "Srettha was accompanied by the governor of the central bank, Sethaput Suthiwartnarueput, and "
    "his deputy foreign minister, Jakkapong Sangmanee.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) events2 = extract (text2, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Aurora Williams"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Romulo Mucho"));
  g_assert_cmpuint (events2->len, ==, 1);
  g_assert_true (field_contains (events2->pdata[0], "participants", "Jakkapong Sangmanee"));
}

/* "…, watched by X", "at a ceremony attended by X": whoever watched the
 * signing was at it, unlike someone who only invited the sides. */
static void
test_signing_watched_by (void)
{
  const char *text =
    "Agreements\n\n"
    "DAKAR, 12 March 2024 (Wire) - Ministers of Senegal and Mauritania signed eleven cooperation "
    "agreements at the presidential palace in Dakar on Tuesday, watched by President Macky Sall "
    "and his Mauritanian guest, Mohamed Ould Ghazouani.\n";
  const char *text2 =
    "Pact\n\n"
    "SUVA, 20 April 2024 (Wire) - Fiji and New Zealand signed a defence agreement on Saturday.\n\n"
    "The agreement was signed by New Zealand Defence Minister Judith Collins and Fiji's Defence "
    "Minister Pio Tikoduadua at a ceremony attended by Prime Minister Sitiveni Rabuka.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) events2 = extract (text2, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Macky Sall"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Ghazouani"));
  g_assert_cmpuint (events2->len, ==, 1);
  g_assert_true (field_contains (events2->pdata[0], "participants", "Judith Collins"));
  g_assert_true (field_contains (events2->pdata[0], "participants", "Pio Tikoduadua"));
  g_assert_true (field_contains (events2->pdata[0], "participants", "Sitiveni Rabuka"));
}

/* "X and Y watched the signing", "A and B attended the ceremony": the
 * people named together before the verb were at the signing. */
static void
test_named_pair_watched_signing (void)
{
  const char *text =
    "Notes exchanged\n\n"
    "SEOUL, 14 May 2024 (Wire) - President Yoon Suk Yeol and Prime Minister Pham Minh Chinh "
    "held talks at the presidential office in Seoul on Tuesday.\n\n"
    "Later, Foreign Minister Cho Tae-yul and Vietnam's ambassador, Vu Ho, signed an agreement on "
    "labour mobility. Yoon and Chinh watched the signing.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean signing = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "type", "agreement"))
      {
        signing = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Cho Tae-yul"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Yoon Suk Yeol"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Pham Minh Chinh"));
      }
  g_assert_true (signing);
}

/* "X, on her first trip since taking office on 1 March, was accompanied
 * by A and B": the date in the aside is X's, so A and B still went along
 * on the trip reported. */
static void
test_companions_after_dated_aside (void)
{
  const char *text =
    "Visit\n\n"
    "SANTIAGO, 20 May 2024 (Wire) - Peruvian President Dina Boluarte held talks with Chilean "
    "President Gabriel Boric at La Moneda in Santiago on Monday.\n\n"
    "Boluarte, on her first trip abroad since a cabinet reshuffle on 1 April, was accompanied by "
    "Foreign Minister Javier Gonzalez-Olaechea and Trade Minister Elizabeth Galdo.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Gonzalez-Olaechea"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Elizabeth Galdo"));
}

/* "International Atomic Energy Agency chief X": the head of an
 * international body speaks for it, not for the country of their birth. */
static void
test_organisation_chief_no_side (void)
{
  const char *text =
    "Water\n\n"
    "TOKYO, March 4, 2024 (Wire) - Japanese Foreign Minister Yoko Kamikawa met International "
    "Atomic Energy Agency chief Rafael Grossi in Tokyo on Monday to discuss the release of "
    "treated water from Fukushima.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Rafael Grossi"));
  assert_field (events->pdata[0], "countries", "JP");
}

/* "the Malawian side was led by X": the head of a delegation sat at the
 * table; a government spokesman who comments does not; "the two leaders"
 * of a report of officials' talks are not those officials. */
static void
test_delegation_heads_and_spokesman (void)
{
  const char *text =
    "Talks\n\n"
    "LUSAKA, June 12, 2024 (Wire) - Zambian and Malawian officials held border talks in Lusaka "
    "on Tuesday.\n\n"
    "The Zambian delegation was headed by Permanent Secretary Mwiche Kabwe, and the Malawian side "
    "was led by Ambassador Chrissy Kanyongolo.\n\n"
    "Government spokesman Cornelius Mweetwa said the talks had gone well.\n\n"
    "The two leaders had spoken by telephone on May 30.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean talks = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      if (field_contains (events->pdata[i], "type", "meeting"))
        {
          talks = TRUE;
          g_assert_true (field_contains (events->pdata[i], "participants", "Mwiche Kabwe"));
          g_assert_true (field_contains (events->pdata[i], "participants", "Chrissy Kanyongolo"));
        }
      if (field_contains (events->pdata[i], "type", "phone_call"))
        g_assert_false (field_contains (events->pdata[i], "participants", "Kabwe"));
      g_assert_false (field_contains (events->pdata[i], "participants", "Mweetwa"));
    }
  g_assert_true (talks);
}

/* "Brazil, Mexico and Colombia, the three mediators" then "envoys of the
 * three countries": the count refers to the list, not to the countries the
 * report names most; the side the sentence names itself stays. */
static void
test_count_refers_to_listed_countries (void)
{
  const char *text =
    "Talks\n\n"
    "VIENNA, May 20, 2024 (Wire) - Venezuelan Foreign Minister Yvan Gil met Colombian Foreign "
    "Minister Luis Gilberto Murillo in Vienna on Monday.\n\n"
    "Brazil, Mexico and Colombia, the three mediators, have pressed for new elections in "
    "Venezuela. Venezuelan officials held talks with envoys of the three countries in Bogota in "
    "April, without a breakthrough. Colombia and Venezuela share a long border. Venezuela hopes "
    "for trade.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean past = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2024-04"))
      {
        past = TRUE;
        assert_field (events->pdata[i], "countries", "BR; CO; MX; VE");
      }
  g_assert_true (past);
}

/* "witnessed the signing of 12 cooperation documents": documents signed
 * beside talks are an agreement of their own, whether the signing has its
 * own sentence or a clause of the visit's. */
static void
test_signing_of_documents (void)
{
  const char *own =
    "Talks in Hanoi\n\n"
    "HANOI, March 4, 2025 (Wire) - Vietnamese President Luong Cuong held talks with Laotian "
    "President Thongloun Sisoulith in Hanoi on Tuesday.\n\n"
    "After the talks the two presidents witnessed the signing of 12 cooperation documents on "
    "transport and power lines.\n";
  const char *clause =
    "Pact\n\n"
    "LIMA, June 5, 2025 (Wire) - Peru joined the scheme on Wednesday, signing a cooperation "
    "document in Seoul during a visit by President Dina Boluarte, who held talks there with "
    "South Korean President Lee Jae-myung.\n";
  const char *leaked =
    "Talks\n\n"
    "HANOI, March 4, 2025 (Wire) - Vietnamese President Luong Cuong held talks with Laotian "
    "President Thongloun Sisoulith in Hanoi on Tuesday.\n\n"
    "Documents seen by reporters showed that the two governments had signed nothing yet.\n";
  const char *texts[] = { own, clause };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GPtrArray) events = extract (texts[t], NULL);
      gboolean signing = FALSE, talks = FALSE;

      for (guint i = 0; i < events->len; i++)
        if (field_contains (events->pdata[i], "type", "agreement"))
          signing = TRUE;
        else
          talks = TRUE;
      g_assert_true (signing);
      g_assert_true (talks);
    }
  {
    g_autoptr(GPtrArray) events = extract (leaked, NULL);

    for (guint i = 0; i < events->len; i++)
      g_assert_false (field_contains (events->pdata[i], "type", "agreement"));
  }
}

/* A leader of a third country who welcomes the outcome after the signing
 * comments on the talks: he takes part in neither event. */
static void
test_commentator_after_signing (void)
{
  const char *text =
    "Summit\n\n"
    "Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed held "
    "talks in Djibouti on Tuesday.\n\n"
    "At the end of their talks the two leaders signed a declaration on the river.\n\n"
    "Sudanese leader Abdel Fattah al-Burhan welcomed the outcome as a step towards calm.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-05");
  gboolean signing = FALSE;

  g_assert_cmpuint (events->len, >=, 2);
  for (guint i = 0; i < events->len; i++)
    {
      g_assert_false (field_contains (events->pdata[i], "participants", "Burhan"));
      g_assert_false (field_contains (events->pdata[i], "countries", "SD"));
      if (field_contains (events->pdata[i], "type", "agreement"))
        signing = TRUE;
    }
  g_assert_true (signing);
}

/* Two outlets report talks and a signing; one of them names a third
 * country at the talks. Each outlet's signing is the other's signing, not
 * the other's talks. */
static void
test_consolidate_same_kind_first (void)
{
  const char *a =
    "DJIBOUTI, 4 March 2025: Egyptian President Abdel Fattah al-Sisi held talks with Ethiopian "
    "Prime Minister Abiy Ahmed in Djibouti on Tuesday.\n\n"
    "After the talks the two leaders signed a declaration on the river.\n";
  const char *b =
    "DJIBOUTI, 4 March 2025: Egyptian President Abdel Fattah al-Sisi held talks with Ethiopian "
    "Prime Minister Abiy Ahmed and Sudanese leader Abdel Fattah al-Burhan in Djibouti on Tuesday.\n\n"
    "Later Sisi and Abiy signed a declaration on the river.\n";
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;
  const char *texts[] = { a, b };
  const char *uris[] = { "test://a", "test://b" };
  guint signings = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ChDocument) document = ch_document_new (uris[i], "t", texts[i]);
      ChDay day = { 2025, 3, 5 };
      g_autoptr(GPtrArray) events = NULL;

      ch_document_set_date (document, &day);
      events = ch_extractor_extract (extractor, document);
      for (guint k = 0; k < events->len; k++)
        g_ptr_array_add (raw, g_object_ref (events->pdata[k]));
    }

  merged = ch_consolidate (raw, aliases);
  for (guint i = 0; i < merged->len; i++)
    if (field_contains (merged->pdata[i], "type", "agreement"))
      {
        signings++;
        assert_field (merged->pdata[i], "source", "test://a; test://b");
      }
  g_assert_cmpuint (signings, ==, 1);
}

/* Leaders who "held an informal summit" met; a "virtual summit" is held
 * by video link; a summit they "agreed to hold" is a plan. */
static void
test_held_a_summit (void)
{
  const char *held =
    "Summit\n\n"
    "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held an informal "
    "summit in Arusha on Friday.\n";
  const char *virtual_ =
    "Summit\n\n"
    "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held a virtual "
    "summit on Friday.\n";
  const char *planned =
    "Summit\n\n"
    "Kenya and Tanzania agreed on Friday to hold a summit in Arusha next year.\n";
  g_autoptr(GPtrArray) a = extract (held, "2024-03-09");
  g_autoptr(GPtrArray) b = extract (virtual_, "2024-03-09");
  g_autoptr(GPtrArray) c = extract (planned, "2024-03-09");

  g_assert_cmpuint (a->len, ==, 1);
  assert_field (a->pdata[0], "date", "2024-03-08");
  assert_field (a->pdata[0], "location", "Arusha");
  g_assert_true (field_contains (a->pdata[0], "participants", "Ruto"));
  g_assert_cmpuint (b->len, ==, 1);
  assert_field (b->pdata[0], "type", "phone_call");
  g_assert_cmpuint (c->len, ==, 0);
}

/* "PERTH, Australia, March 3, 2025 (Wire) -": the country between the
 * city and the date does not hide the report's date. */
static void
test_dateline_with_country (void)
{
  const char *text =
    "Talks\n\n"
    "PERTH, Australia, March 3, 2025 (Southern Wire) - Australian Foreign Minister Penny Wong "
    "met Indonesian Foreign Minister Sugiono in Perth on Sunday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2025-03-02");
  assert_field (events->pdata[0], "location", "Perth");
  assert_field (events->pdata[0], "dateline", "PERTH");
}

/* A page puts a standfirst and a byline above the lede: the capitals
 * opening the lede a few lines down are still the story's dateline, and
 * so the place of talks held "in the capital". */
static void
test_dateline_below_standfirst (void)
{
  const char *text =
    "Leaders agree to widen port links\n\n"
    "The visit is the first by a head of government from Tokyo in six years.\n\n"
    "By a staff writer\n\n"
    "HANOI \u2014 Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister "
    "Pham Minh Chinh held talks in the capital on Tuesday and agreed to expand shipping "
    "and rail links.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-05-10");

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "dateline", "HANOI");
  assert_field (events->pdata[0], "location", "Hanoi");
  assert_field (events->pdata[0], "location_country", "VN");
}

/* A headline opening with a country's short name and a comma ("UK,
 * Ireland …") reads like a dateline the gazetteer cannot place: the
 * dateline is the lede's below it. */
static void
test_dateline_below_short_name_headline (void)
{
  const char *text =
    "UK, Ireland pledge closer energy ties\n\n"
    "DUBLIN, March 4 (Island Wire) - British and Irish energy ministers held talks "
    "on Tuesday on linking their power grids.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "dateline", "DUBLIN");
  assert_field (events->pdata[0], "location", "Dublin");
}

/* "in Lisbon and toured …": a city followed by "and" and what else was
 * done there is still where the earlier meeting took place. */
static void
test_city_then_and_verb (void)
{
  const char *text =
    "Talks\n\n"
    "MADRID, June 3 (Wire) - Spanish Prime Minister Pedro Sanchez held talks with "
    "Portuguese Prime Minister Antonio Costa in Madrid on Monday.\n\n"
    "Costa last came to Spain in May 2018, when he attended a forum in Seville and "
    "visited the old port with the king.\n";
  g_autoptr(GPtrArray) events = extract (text, "2021-06-03");
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *date = ch_event_dup_field (events->pdata[i], "date");

      if (g_strcmp0 (date, "2018-05") == 0)
        {
          assert_field (events->pdata[i], "location", "Seville");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* "In Ottawa, the opposition said the talks …": the city opening a
 * reaction is where it came from; the talks stay in the lede's city. */
static void
test_reaction_city_not_place (void)
{
  const char *text =
    "Talks\n\n"
    "OSLO, May 6 (Wire) - Canadian Prime Minister Justin Trudeau and Norwegian Prime "
    "Minister Jonas Gahr Store held talks at a harbour hotel on Tuesday.\n\n"
    "In Ottawa, the opposition said the talks had been arranged in haste.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-05-08");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Oslo");
}

/* "during his three-day visit, which began on Sunday, he also met …":
 * talks a day before the report's, naming no place, are in the trip's
 * city. */
static void
test_earlier_talks_of_the_trip (void)
{
  const char *text =
    "Talks\n\n"
    "Indian Prime Minister Narendra Modi held talks with Egyptian President Abdel Fattah "
    "al-Sisi in Cairo on Monday.\n\n"
    "During his three-day visit, which began on Sunday, Modi also held talks with Egyptian "
    "Prime Minister Mostafa Madbouly on trade.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-06-27");
  gboolean found = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Madbouly") &&
        !field_contains (events->pdata[i], "participants", "Sisi"))
      {
        assert_field (events->pdata[i], "date", "2023-06-25");
        assert_field (events->pdata[i], "location", "Cairo");
        found = TRUE;
      }
  g_assert_true (found);
}

/* "recalled its envoy in 2018 after a minister met strikers", "the last
 * state visit by a head of state was in 2011": an older contact that
 * names no one and only a year is background, no event; a text the two
 * signed in a year told alone still is one. */
static void
test_unnamed_contact_of_a_year (void)
{
  const char *lede =
    "Talks in Santiago\n\n"
    "SANTIAGO, March 12 (Wire) - Peruvian President Dina Boluarte held talks with Chilean "
    "President Gabriel Boric in Santiago on Tuesday on migration and trade.\n\n";
  const char *tails[] = {
    "Peru recalled its ambassador from Santiago for a few weeks in 2018 after a Chilean "
    "minister met the leaders of a miners' strike.\n",
    "The last state visit by a Chilean head of state to Peru was in 2011.\n",
  };

  for (guint t = 0; t < G_N_ELEMENTS (tails); t++)
    {
      g_autofree char *text = g_strconcat (lede, tails[t], NULL);
      g_autoptr(GPtrArray) events = extract (text, "2024-03-12");

      g_assert_cmpuint (events->len, ==, 1);
      assert_field (events->pdata[0], "date", "2024-03-12");
    }

  {
    g_autofree char *text = g_strconcat (lede, "The two countries signed a free trade "
                                         "agreement in 2006.\n", NULL);
    g_autoptr(GPtrArray) events = extract (text, "2024-03-12");
    gboolean pact = FALSE;

    for (guint i = 0; i < events->len; i++)
      if (field_contains (events->pdata[i], "date", "2006"))
        {
          assert_field (events->pdata[i], "type", "agreement");
          pact = TRUE;
        }
    g_assert_true (pact);
  }
}

/* "He later met the heads of trading houses, among them the chairman of
 * X": the visitor's hosts are the state's; business people of one
 * country make no second event. The head of the UN with a president is
 * an interaction of its own. */
static void
test_business_leaders_are_no_side (void)
{
  const char *text =
    "Emir in Tokyo\n\n"
    "TOKYO, March 5 (Wire) - Prime Minister Fumio Kishida received the Emir of Qatar, Sheikh "
    "Tamim bin Hamad Al Thani, at his office on Tuesday for talks on energy supplies.\n\n"
    "The emir arrived on Monday evening. He later met the heads of several of the largest "
    "Japanese trading houses, among them Mitsubishi Corporation chairman Takehiko Kakiuchi, "
    "at a hotel in the capital.\n";
  const char *organisation =
    "UN chief in Nairobi\n\n"
    "NAIROBI, May 4 (Wire) - UN Secretary-General Antonio Guterres held talks with Kenyan "
    "President William Ruto at State House on Thursday on the drought.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-03-05");
  g_autoptr(GPtrArray) un = extract (organisation, "2023-05-04");

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Tamim"));
  g_assert_false (field_contains (events->pdata[0], "participants", "Kakiuchi"));
  g_assert_cmpuint (un->len, ==, 1);
  g_assert_true (field_contains (un->pdata[0], "participants", "Guterres"));
}

/* "restructuring talks would be long": talks named as a bare plural whose
 * verb is a modal have not happened; a report of a default is no event. */
static void
test_bare_talks_with_a_modal (void)
{
  const char *text =
    "Zambia stops paying its foreign creditors\n\n"
    "Lusaka, 13 November 2020 (Copperbelt Wire): Zambia said on Friday it would stop paying "
    "interest on its foreign bonds while it asks the International Monetary Fund for a loan.\n\n"
    "The central bank governor, Christopher Mvunga, told reporters that the move would protect "
    "the reserves the country needs for fuel and medicine.\n\n"
    "Zambia owes about 12 billion dollars abroad. China is its largest bilateral lender, and "
    "Chinese state banks hold a third of the total. Economists said restructuring talks would "
    "be long because creditors would have to agree on how to share the losses.\n\n"
    "China has lent to Zambia since the 1970s, and Beijing is weighing a request to delay "
    "payments, officials said.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 0);
}

/* Palaces where heads of state receive guests: the Imperial Palace is in
 * Tokyo, Amalienborg in Copenhagen */
static void
test_palace_venues (void)
{
  const char *text =
    "Ramaphosa in Tokyo\n\n"
    "OSAKA, Oct 22 (Wire) - South African President Cyril Ramaphosa was received by Emperor "
    "Naruhito at the Imperial Palace on Tuesday.\n";
  const char *royal =
    "Visit to Denmark\n\n"
    "AARHUS, May 3 (Wire) - Queen Margrethe received Indian Prime Minister Narendra Modi at "
    "Amalienborg Palace on Tuesday.\n";
  g_autoptr(GPtrArray) a = extract (text, "2019-10-22");
  g_autoptr(GPtrArray) b = extract (royal, "2022-05-03");

  g_assert_cmpuint (a->len, ==, 1);
  assert_field (a->pdata[0], "venue", "Imperial Palace");
  assert_field (a->pdata[0], "location", "Tokyo");
  g_assert_cmpuint (b->len, ==, 1);
  assert_field (b->pdata[0], "venue", "Amalienborg");
  assert_field (b->pdata[0], "location", "Copenhagen");
}

/* "held talks with his Vietnamese counterpart X": X's role is the office
 * of the one who met the counterpart, not "Counterpart" */
static void
test_role_of_a_counterpart (void)
{
  const char *text =
    "Albanese in Hanoi\n\n"
    "HANOI, June 4 (Wire) - Australian Prime Minister Anthony Albanese held talks with his "
    "Vietnamese counterpart Pham Minh Chinh in Hanoi on Sunday about critical minerals.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-06-04");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "participants", "Anthony Albanese; Pham Minh Chinh");
  assert_field (events->pdata[0], "roles", "Prime Minister; Prime Minister");
}

/* "He also held bilateral meetings with A and B", "also met General
 * Secretary X and President Y": the leaders a visitor met after one verb
 * are met one by one, each an event; a foreign minister beside the
 * president sat at the same table, and "trilateral" tells one table. A
 * later sentence of one of those pairs goes on with its talks. */
static void
test_counterparts_met_one_by_one (void)
{
  const char *sidelines =
    "Trudeau in Lima\n\n"
    "LIMA, April 13 (Wire) - Canadian Prime Minister Justin Trudeau held talks with Peruvian "
    "President Martin Vizcarra on Friday about mining investment.\n\n"
    "He also held bilateral meetings with Argentine President Mauricio Macri and Colombian "
    "President Juan Manuel Santos on the sidelines of the summit, officials said.\n";
  const char *hosts =
    "Albanese in Hanoi\n\n"
    "HANOI, June 4 (Wire) - Australian Prime Minister Anthony Albanese held talks with "
    "Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Sunday on critical minerals.\n\n"
    "Albanese also met Communist Party General Secretary Nguyen Phu Trong and President Vo Van "
    "Thuong during the visit.\n\n"
    "In the evening, Albanese and Vo Van Thuong discussed regional security over dinner.\n";
  const char *table =
    "Rubio in Panama\n\n"
    "PANAMA CITY, Feb 2 (Wire) - US Secretary of State Marco Rubio held talks with Panamanian "
    "President Jose Raul Mulino and Foreign Minister Javier Martinez-Acha at the presidential "
    "palace on Sunday.\n";
  const char *trilateral =
    "Camp David\n\n"
    "WASHINGTON, Aug 18 (Wire) - US President Joe Biden held a trilateral meeting with Japanese "
    "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on "
    "Friday.\n";
  g_autoptr(GPtrArray) a = extract (sidelines, "2018-04-13");
  g_autoptr(GPtrArray) b = extract (hosts, "2023-06-04");
  g_autoptr(GPtrArray) c = extract (table, "2025-02-02");
  g_autoptr(GPtrArray) d = extract (trilateral, "2023-08-18");
  guint macri = 0, santos = 0, trong = 0, thuong = 0, biden = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gboolean has_macri = field_contains (a->pdata[i], "participants", "Macri");
      gboolean has_santos = field_contains (a->pdata[i], "participants", "Santos");

      g_assert_false (has_macri && has_santos);
      g_assert_false (has_macri && field_contains (a->pdata[i], "participants", "Vizcarra"));
      if (has_macri || has_santos)
        g_assert_true (field_contains (a->pdata[i], "participants", "Trudeau"));
      macri += has_macri;
      santos += has_santos;
    }
  g_assert_cmpuint (macri, ==, 1);
  g_assert_cmpuint (santos, ==, 1);

  for (guint i = 0; i < b->len; i++)
    {
      gboolean has_trong = field_contains (b->pdata[i], "participants", "Trong");
      gboolean has_thuong = field_contains (b->pdata[i], "participants", "Thuong");

      g_assert_false (has_trong && has_thuong);
      trong += has_trong;
      thuong += has_thuong;
      if (has_thuong)
        g_assert_true (field_contains (b->pdata[i], "topics", "security"));
    }
  g_assert_cmpuint (trong, ==, 1);
  g_assert_cmpuint (thuong, ==, 1);

  g_assert_cmpuint (c->len, ==, 1);
  g_assert_true (field_contains (c->pdata[0], "participants", "Mulino"));
  g_assert_true (field_contains (c->pdata[0], "participants", "Acha"));

  for (guint i = 0; i < d->len; i++)
    if (field_contains (d->pdata[i], "participants", "Biden"))
      {
        g_assert_true (field_contains (d->pdata[i], "participants", "Kishida"));
        g_assert_true (field_contains (d->pdata[i], "participants", "Yoon"));
        biden++;
      }
  g_assert_cmpuint (biden, ==, 1);
}

/* "also held talks with A, and met B": each host a verb of meeting of
 * its own is a second and a third event of the trip; "X and Y toured a
 * plant, and X called on Governor-General Z": the visitor with a host new
 * to the report, apart from the main talks. */
static void
test_second_host_by_own_verb (void)
{
  const char *coordinated =
    "Kishida in Jakarta\n\n"
    "JAKARTA, Jan 10 (Wire) - Japanese Prime Minister Fumio Kishida and Indonesian President "
    "Joko Widodo held talks at the Bogor Palace on Tuesday and agreed to expand cooperation in "
    "energy.\n\n"
    "Kishida also held talks on Tuesday with Vice President Ma'ruf Amin, and met the speaker "
    "of the House of Representatives, Puan Maharani, according to Japanese officials.\n";
  const char *clause =
    "Albanese in Wellington\n\n"
    "WELLINGTON, July 7 (Wire) - Australian Prime Minister Anthony Albanese and New Zealand "
    "Prime Minister Chris Hipkins held talks in Wellington on Friday on trade and defence.\n\n"
    "After the talks, the two sides signed an agreement on the recognition of professional "
    "qualifications in the presence of the two prime ministers.\n\n"
    "Albanese and Hipkins also visited a geothermal plant outside the city, and Albanese "
    "called on Governor-General Cindy Kiro at Government House.\n";
  g_autoptr(GPtrArray) a = extract (coordinated, "2023-01-10");
  g_autoptr(GPtrArray) b = extract (clause, "2023-07-07");
  guint amin = 0, maharani = 0, kiro = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gboolean has_amin = field_contains (a->pdata[i], "participants", "Amin");
      gboolean has_maharani = field_contains (a->pdata[i], "participants", "Maharani");

      g_assert_false (has_amin && has_maharani);
      amin += has_amin;
      maharani += has_maharani;
    }
  g_assert_cmpuint (amin, ==, 1);
  g_assert_cmpuint (maharani, ==, 1);

  for (guint i = 0; i < b->len; i++)
    if (field_contains (b->pdata[i], "participants", "Kiro"))
      {
        g_assert_false (field_contains (b->pdata[i], "participants", "Hipkins"));
        g_assert_true (field_contains (b->pdata[i], "participants", "Albanese"));
        kiro++;
      }
  g_assert_cmpuint (kiro, ==, 1);
}

/* "on his third visit to West Africa since taking office in May 2017":
 * the date is what the count runs from, not the visit's. */
static void
test_count_of_visits_since (void)
{
  const char *text =
    "Macron in Dakar\n\n"
    "French President Emmanuel Macron met Senegalese President Bassirou Diomaye Faye in Dakar, "
    "on his third visit to West Africa since taking office in May 2017.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "");
}

/* "REYKJAVÍK —": a dateline in capitals beyond ASCII names the city the
 * gazetteer spells in lower case, and so the talks' place. */
static void
test_dateline_capitals_beyond_ascii (void)
{
  const char *text =
    "Talks\n\n"
    "REYKJAV\u00CDK \u2014 Danish Prime Minister Mette Frederiksen and Icelandic Prime "
    "Minister Katrin Jakobsdottir held talks on Arctic shipping on Thursday.\n";
  g_autoptr(GPtrArray) events = extract (text, "2022-06-03");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Reykjav\u00EDk");
  assert_field (events->pdata[0], "location_country", "IS");
}

/* "the first by a Brazilian president since 2011": whoever came in 2011
 * is unnamed, so that year is no event; "to pay a state visit next
 * year" is a plan. */
static void
test_first_by_anyone_since (void)
{
  const char *text =
    "Talks\n\n"
    "ACCRA, March 3, 2025 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks "
    "with Ghanaian President John Mahama in Accra on Monday.\n\n"
    "It was the first visit to Ghana by a Brazilian president since 2011.\n";
  const char *plan =
    "Talks\n\n"
    "ACCRA, March 3, 2025 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks "
    "with Ghanaian President John Mahama in Accra on Monday.\n\n"
    "Mahama accepted an invitation to pay a state visit to Brazil in October.\n";
  const char *texts[] = { text, plan };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GPtrArray) events = extract (texts[t], NULL);

      g_assert_cmpuint (events->len, ==, 1);
      assert_field (events->pdata[0], "date", "2025-03-03");
      assert_field (events->pdata[0], "location", "Accra");
    }
}

/* Two leaders who "first spoke on 4 March" in a report of their call had
 * an earlier call; "he then spoke with Kenya's President X" is another
 * call; speaking to reporters or about trade is no event. */
static void
test_spoke_together (void)
{
  const char *text =
    "Leaders talk\n\n"
    "ADDIS ABABA, June 5, 2025 (Wire) - Ethiopian Prime Minister Abiy Ahmed said he had a long "
    "telephone call with Somali President Hassan Sheikh Mohamud on Wednesday.\n\n"
    "Abiy said he then spoke with Kenya's President William Ruto and briefed him on the call.\n\n"
    "Abiy and Hassan Sheikh Mohamud first spoke on March 4, soon after the port dispute began.\n\n"
    "Abiy later spoke to reporters about the port.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean ruto = FALSE, march = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      if (field_contains (events->pdata[i], "participants", "William Ruto"))
        {
          ruto = TRUE;
          assert_field (events->pdata[i], "type", "phone_call");
          g_assert_false (field_contains (events->pdata[i], "participants", "Hassan"));
        }
      if (field_contains (events->pdata[i], "date", "2025-03-04"))
        {
          march = TRUE;
          assert_field (events->pdata[i], "type", "phone_call");
          g_assert_true (field_contains (events->pdata[i], "participants", "Hassan Sheikh Mohamud"));
        }
    }
  g_assert_true (ruto);
  g_assert_true (march);
  g_assert_cmpuint (events->len, ==, 3);
}

/* A byline "Press Office – Nairobi, 4 March 2025" gives the report's
 * date; "the Hon. Prime Minister" does not end the sentence; the end of a
 * stay "from 3 to 5 March" does not date the talks held "today"; "the
 * first visit since taking office in January" dates nothing. */
static void
test_byline_date_and_stay (void)
{
  const char *text =
    "President holds talks with Prime Minister\n\n"
    "Presidential Press Office – Nairobi, 4 March 2025\n\n"
    "Ugandan President Yoweri Museveni, who is on a State Visit to Kenya from 3 to 5 March 2025 "
    "at the invitation of the Hon. President of Kenya, William Ruto, held talks with the Hon. "
    "Prime Minister at State House, Nairobi, today.\n\n"
    "This is the first State Visit by the President since taking office in January.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2025-03-04");
  assert_field (events->pdata[0], "location", "Nairobi");
}

/* Two counterparts in one sentence, each at a place of their own: the
 * venue right after each name ("X at Schloss Bellevue and Y at the
 * Reichstag"), or the city of each one's country ("to Tokyo and Seoul for
 * talks with A and B"). Each pair's talks are an event. */
static void
test_paired_counterparts (void)
{
  const char *venues =
    "Visit\n\n"
    "BERLIN, May 3, 2022 (Wire) - Kenyan President Uhuru Kenyatta met German President "
    "Frank-Walter Steinmeier at Schloss Bellevue and Chancellor Olaf Scholz at the "
    "Bundeskanzleramt on Tuesday.\n";
  const char *cities =
    "Tour\n\n"
    "HANOI, Sept 20, 2023 (Wire) - Vietnamese Prime Minister Pham Minh Chinh returned home on "
    "Wednesday.\n\n"
    "In August he travelled to Tokyo and Seoul for talks with Japanese Prime Minister Fumio "
    "Kishida and South Korean President Yoon Suk Yeol.\n";
  g_autoptr(GPtrArray) events = extract (venues, NULL);
  guint found = 0;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      g_assert_true (field_contains (e, "participants", "Uhuru Kenyatta"));
      assert_field (e, "location", "Berlin");
      if (field_contains (e, "participants", "Steinmeier"))
        {
          found++;
          assert_field (e, "venue", "Schloss Bellevue");
          g_assert_false (field_contains (e, "participants", "Scholz"));
        }
      else if (field_contains (e, "participants", "Olaf Scholz"))
        {
          found++;
          assert_field (e, "venue", "Bundeskanzleramt");
        }
    }
  g_assert_cmpuint (found, ==, 2);
  g_ptr_array_unref (events);

  events = extract (cities, NULL);
  found = 0;
  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      if (!field_contains (e, "date", "2023-08"))
        continue;
      g_assert_true (field_contains (e, "participants", "Pham Minh Chinh"));
      if (field_contains (e, "participants", "Fumio Kishida"))
        {
          found++;
          assert_field (e, "location", "Tokyo");
          g_assert_false (field_contains (e, "participants", "Yoon"));
        }
      else if (field_contains (e, "participants", "Yoon Suk Yeol"))
        {
          found++;
          assert_field (e, "location", "Seoul");
        }
    }
  g_assert_cmpuint (found, ==, 2);
}

/* "their first talks since the invasion of Iraq, on Wednesday in Amman":
 * a day of the report's own week dates the talks, not what they are the
 * first since; "the fighting in Yemen" is what talks are about, not the
 * country they were held in. */
static void
test_first_since_this_week_and_subject_country (void)
{
  const char *since =
    "Talks\n\n"
    "AMMAN, March 6, 2025 (Wire) - King Abdullah II and Iraqi Prime Minister Mohammed Shia "
    "al-Sudani held their first talks since the flooding crisis on Wednesday in Amman.\n";
  const char *subject =
    "Talks\n\n"
    "DOHA, March 6, 2025 (Wire) - Qatari Emir Tamim bin Hamad Al Thani held talks with Kenyan "
    "President William Ruto on the war in Sudan on Wednesday.\n";
  g_autoptr(GPtrArray) events = extract (since, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2025-03-05");
  g_ptr_array_unref (events);

  events = extract (subject, NULL);
  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Doha");
}

/* "did not expect an easy meeting": the object of an expectation is a
 * meeting still to come, no event of its own beside the one reported. */
static void
test_expected_meeting_is_a_plan (void)
{
  const char *text =
    "Talks\n\n"
    "LUANDA, April 10, 2024 (Wire) - Angolan President Joao Lourenco met Congolese President "
    "Felix Tshisekedi in Luanda on Wednesday.\n\n"
    "Relations between Angola and Congo have been tense since January.\n\n"
    "Presidential spokesman Mario Neto had said on Tuesday that Tshisekedi was travelling to "
    "\"mend ties\" and did not expect an easy meeting.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2024-04-10");
}

/* "met the pope at the Vatican in May 2017": the city-state named as a
 * state, after "the", is the place of the earlier meeting. */
static void
test_city_state_after_the (void)
{
  const char *text =
    "Visit\n\n"
    "ROME, Oct 30, 2021 (Wire) - Argentine President Alberto Fernandez met Italian Prime "
    "Minister Mario Draghi in Rome on Friday.\n\n"
    "Former Argentine President Mauricio Macri met Pope Francis at the Vatican in February 2016.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean past = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2016-02"))
      {
        past = TRUE;
        assert_field (events->pdata[i], "location", "Vatican City");
      }
  g_assert_true (past);
}

/* "A spokeswoman for X said": X is the one spoken for, and stays a side of
 * the call */
static void
test_spokeswoman_for_a_leader (void)
{
  const char *text =
    "Ruto and Samia speak by phone\n\n"
    "NAIROBI, 4 March 2023 — Kenyan President William Ruto spoke by telephone with Tanzanian "
    "President Samia Suluhu Hassan on Saturday about the border crossing at Namanga.\n\n"
    "A spokeswoman for Samia Suluhu Hassan said the call had lasted twenty minutes.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, >=, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "William Ruto"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Samia Suluhu Hassan"));
  assert_field (events->pdata[0], "countries", "KE; TZ");
}

/* "MEDIA RELEASE: …" above the lede: capitals before a colon that name
 * no place and give no date are a label of the headline, not a dateline,
 * so the headline makes no event of its own and the talks keep their
 * subjects */
static void
test_label_headline_is_no_dateline (void)
{
  const char *text =
    "PRESS STATEMENT: H.E. PRESIDENT HICHILEMA HOLDS OFFICIAL TALKS WITH H.E. PRESIDENT XI JINPING\n\n"
    "BEIJING, 15 September 2023 - His Excellency the President of the Republic of Zambia and "
    "Commander-in-Chief of the Zambia Defence Force, Mr. Hakainde Hichilema, today held official "
    "talks with His Excellency Xi Jinping, President of the People's Republic of China, at the "
    "Great Hall of the People, on the second day of his State Visit to China.\n\n"
    "The two leaders discussed trade and energy.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "date", "2023-09-15");
  assert_field (events->pdata[0], "participants", "Hakainde Hichilema; Xi Jinping");
  assert_field (events->pdata[0], "topics", "energy; trade");
}

/* "Presidents A of X and B of Y": the plural title is no part of the
 * first name */
static void
test_plural_title_before_names (void)
{
  const char *text =
    "Leaders sign water pact\n\n"
    "ALMATY, 9 May 2022 — Presidents Kassym-Jomart Tokayev of Kazakhstan and Sadyr Japarov of "
    "Kyrgyzstan signed an agreement on the shared rivers in Almaty on Monday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_false (field_contains (events->pdata[0], "participants", "Presidents"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Kassym-Jomart Tokayev"));
}

/* "the army's General Headquarters", "the President's Communications
 * Unit": a unit of an administration after a title, or after a title in
 * the possessive, is nobody */
static void
test_units_after_titles_are_nobody (void)
{
  const char *garrison =
    "Visit to the garrison\n\n"
    "RAWALPINDI, 2 June 2021 — Nepali Prime Minister Sher Bahadur Deuba began his visit at the "
    "army's General Headquarters, where he met General Qamar Javed Bajwa on Wednesday.\n";
  const char *unit =
    "Talks in Accra\n\n"
    "ACCRA, 3 July 2022 — Ghanaian President Nana Akufo-Addo held talks with Ivorian President "
    "Alassane Ouattara in Accra on Sunday, the President's Communications Unit said.\n";
  g_autoptr(GPtrArray) events = extract (garrison, NULL);
  g_autoptr(GPtrArray) more = extract (unit, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "participants", "Sher Bahadur Deuba; Qamar Javed Bajwa");
  g_assert_cmpuint (more->len, ==, 1);
  assert_field (more->pdata[0], "participants", "Nana Akufo-Addo; Alassane Ouattara");
}

/* "Cde." (Comrade) is an honorific whose full stop ends no sentence, and a
 * middle name the gazetteer leaves out still finds the listed person */
static void
test_comrade_and_middle_name (void)
{
  const char *text =
    "Talks in Lusaka\n\n"
    "LUSAKA, 8 May 2019 — President Edgar Lungu held talks in Lusaka on Wednesday with the "
    "visiting Zimbabwean leader, Cde. Emmerson Dambudzo Mnangagwa, about the Kazungula bridge.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_true (field_contains (events->pdata[0], "participants", "Edgar Lungu"));
  g_assert_true (field_contains (events->pdata[0], "participants", "Mnangagwa"));
}

/* Counts the events of @type among @events */
static guint
count_type (GPtrArray  *events,
            const char *type)
{
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *value = ch_event_dup_field (events->pdata[i], "type");

      if (g_strcmp0 (value, type) == 0)
        n++;
    }
  return n;
}

/* "X has long worried both governments. The two sides then signed …": a
 * paragraph of background does not end the report; the next step of the
 * occasion ("then", "Later, …") is still its own. "The exchange of nine
 * documents" is a signing told without the verb. */
static void
test_signing_after_background (void)
{
  const char *then_signed =
    "Visit to Apia\n\n"
    "APIA, 9 October 2024 (Ocean Wire) - Fijian Prime Minister Sitiveni Rabuka held talks with "
    "Samoan Prime Minister Fiame Naomi Mataafa in Apia on Tuesday.\n\n"
    "Mataafa called her guest a brother. Rising seas have long worried the governments of both "
    "island states.\n\n"
    "The two sides then signed four agreements in the presence of the two prime ministers, "
    "covering fisheries and shipping.\n";
  const char *exchange =
    "Talks in Tashkent\n\n"
    "TASHKENT, 14 March 2025 (Steppe Wire) - Uzbek President Shavkat Mirziyoyev and Tajik "
    "President Emomali Rahmon held talks in Tashkent on Thursday.\n\n"
    "The two presidents discussed water sharing and rail links.\n\n"
    "Later, the presidents watched the exchange of nine documents on energy and transport.\n";
  const char *since_then =
    "Talks in Tashkent\n\n"
    "TASHKENT, 14 March 2025 (Steppe Wire) - Uzbek President Shavkat Mirziyoyev and Tajik "
    "President Emomali Rahmon held talks in Tashkent on Thursday.\n\n"
    "Border disputes have long soured relations. Since then the two countries signed "
    "several agreements on water.\n";
  g_autoptr(GPtrArray) first = extract (then_signed, NULL);
  g_autoptr(GPtrArray) second = extract (exchange, NULL);
  g_autoptr(GPtrArray) third = extract (since_then, NULL);

  g_assert_cmpuint (count_type (first, "agreement"), ==, 1);
  for (guint i = 0; i < first->len; i++)
    {
      assert_field (first->pdata[i], "location", "Apia");
      g_assert_true (field_contains (first->pdata[i], "participants", "Rabuka"));
    }
  g_assert_cmpuint (count_type (second, "agreement"), ==, 1);
  for (guint i = 0; i < second->len; i++)
    {
      g_autofree char *type = ch_event_dup_field (second->pdata[i], "type");

      if (g_strcmp0 (type, "agreement") == 0)
        {
          g_assert_true (field_contains (second->pdata[i], "participants", "Mirziyoyev"));
          g_assert_true (field_contains (second->pdata[i], "topics", "energy"));
        }
    }
  g_assert_cmpuint (count_type (third, "agreement"), ==, 0);
}

/* "The two heads of state then chaired the signing of a series of
 * agreements" after they signed a declaration: the next step of the
 * occasion signs a second text, as "also signed" does; the same text
 * told again ("then signed the declaration") is not another one */
static void
test_then_signed_second_text (void)
{
  const char *text =
    "Visit to Rabat\n\n"
    "RABAT, 5 June 2025 (Wire) - King Mohammed VI held talks with Portuguese President Marcelo "
    "Rebelo de Sousa at the Royal Palace in Rabat on Wednesday.\n\n"
    "At the close of the talks, the two heads of state signed a declaration on a strategic "
    "partnership.\n\n"
    "The two heads of state then chaired the signing ceremony of a series of cooperation "
    "agreements in the fields of energy and water.\n";
  const char *again =
    "Visit to Rabat\n\n"
    "RABAT, 5 June 2025 (Wire) - King Mohammed VI held talks with Portuguese President Marcelo "
    "Rebelo de Sousa at the Royal Palace in Rabat on Wednesday.\n\n"
    "At the close of the talks, the two heads of state signed a declaration on a strategic "
    "partnership.\n\n"
    "The foreign ministers then signed the declaration too.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) one = extract (again, NULL);

  g_assert_cmpuint (count_type (events, "agreement"), ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Rabat");
      assert_field (events->pdata[i], "date", "2025-06-04");
    }
  g_assert_cmpuint (count_type (one, "agreement"), ==, 1);
}

/* "A second accord provides for …" after the signing: another text of
 * the occasion, told by what it provides; talks "about the summit in
 * Lima later this month" are not dated by the coming summit */
static void
test_second_text_without_verb (void)
{
  const char *text =
    "Accords signed in Santiago\n\n"
    "SANTIAGO, 4 March 2025 (Andes Wire) - Chilean President Gabriel Boric and Argentine "
    "President Javier Milei signed a border accord in Santiago on Monday.\n\n"
    "The first accord, signed at La Moneda, sets up joint customs posts in the mountain "
    "passes.\n\n"
    "A second accord provides for the two countries to share data on glaciers and rivers.\n\n"
    "At their meeting before the signing, the two presidents discussed lithium mining and "
    "the regional summit in Lima later this month.\n";
  const char *one =
    "Accord signed in Santiago\n\n"
    "SANTIAGO, 4 March 2025 (Andes Wire) - Chilean President Gabriel Boric and Argentine "
    "President Javier Milei signed a border accord in Santiago on Monday.\n\n"
    "The accord provides for the two countries to share data on glaciers and rivers.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) single = extract (one, NULL);

  g_assert_cmpuint (count_type (events, "agreement"), ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "date", "2025-03-03");
      assert_field (events->pdata[i], "location", "Santiago");
      g_assert_true (field_contains (events->pdata[i], "participants", "Boric"));
    }
  g_assert_cmpuint (count_type (single, "agreement"), ==, 1);
}

/* "Prime Minister X also met the visiting leader": a second host of the
 * trip holds talks of their own with the guest, even when the sentence
 * names the guest only by a title; the trip's later sentences stay with
 * the first talks. A minister of the guest's own side who "also met"
 * someone is no second host. */
static void
test_second_host_of_the_trip (void)
{
  const char *text =
    "Visit to Hanoi\n\n"
    "HANOI, 12 April 2025 (Mekong Wire) - Vietnamese President Luong Cuong held talks with "
    "Indonesian President Prabowo Subianto at the Presidential Palace in Hanoi on Friday.\n\n"
    "Prime Minister Pham Minh Chinh also met the guest on Friday and discussed rice "
    "exports.\n\n"
    "Prabowo arrived on Thursday evening.\n";
  const char *own_side =
    "Visit to Hanoi\n\n"
    "HANOI, 12 April 2025 (Mekong Wire) - Vietnamese President Luong Cuong held talks with "
    "Indonesian President Prabowo Subianto at the Presidential Palace in Hanoi on Friday.\n\n"
    "Indonesian Foreign Minister Sugiono also met business leaders on Friday.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) one = extract (own_side, NULL);
  gboolean second = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      assert_field (e, "date", "2025-04-11");
      assert_field (e, "location", "Hanoi");
      g_assert_true (field_contains (e, "participants", "Prabowo"));
      if (field_contains (e, "participants", "Pham Minh Chinh"))
        {
          second = TRUE;
          assert_field (e, "type", "visit");
          g_assert_false (field_contains (e, "participants", "Luong Cuong"));
          g_assert_true (field_contains (e, "topics", "agriculture"));
        }
      else
        g_assert_true (field_contains (e, "participants", "Luong Cuong"));
    }
  g_assert_true (second);
  g_assert_cmpuint (one->len, ==, 1);

  /* "Governor-General X welcomed the guest at a ceremony": the reception
   * by another host, an office told without its country; the first
   * host's own welcome is the same visit */
  {
    const char *welcome =
      "Visit to Suva\n\n"
      "SUVA, 12 April 2025 (Ocean Wire) - Indian President Droupadi Murmu held talks with "
      "Fijian Prime Minister Sitiveni Rabuka in Suva on Friday.\n\n"
      "Governor-General Ratu Naiqama Lalabalavu welcomed Murmu at a ceremony in front of "
      "the State House before the talks.\n";
    const char *same_host =
      "Visit to Suva\n\n"
      "SUVA, 12 April 2025 (Ocean Wire) - Indian President Droupadi Murmu held talks with "
      "Fijian Prime Minister Sitiveni Rabuka in Suva on Friday.\n\n"
      "Rabuka welcomed Murmu with military honours before the talks.\n";
    g_autoptr(GPtrArray) two = extract (welcome, NULL);
    g_autoptr(GPtrArray) single = extract (same_host, NULL);

    g_assert_cmpuint (two->len, ==, 2);
    for (guint k = 0; k < two->len; k++)
      {
        g_assert_true (field_contains (two->pdata[k], "participants", "Murmu"));
        g_assert_true (field_contains (two->pdata[k], "participants", "Rabuka") !=
                       field_contains (two->pdata[k], "participants", "Lalabalavu"));
      }
    g_assert_cmpuint (single->len, ==, 1);
  }
}

/* "Before the signing, the two presidents discussed …": the talks held
 * beside a signing are an event of their own (a visit to the host), and
 * what was discussed is theirs; so are "after talks in the capital" in
 * the signing's own sentence. Talks a mediator hosted are not. */
static void
test_talks_beside_signing (void)
{
  const char *before =
    "Accord\n\n"
    "DUSHANBE, March 4, 2024 (Wire) - Tajik President Emomali Rahmon and Kyrgyz President "
    "Sadyr Japarov signed a border treaty in Dushanbe on Monday.\n\n"
    "Before the signing, the two presidents discussed water sharing and a new road through "
    "the Fergana valley, officials said.\n";
  const char *after =
    "Pact\n\n"
    "LIMA, June 12, 2023 (Wire) - Peruvian President Dina Boluarte and Ecuadorean President "
    "Guillermo Lasso signed a fisheries agreement on Monday after talks in the capital.\n";
  const char *mediated =
    "Pact\n\n"
    "DOHA, June 12, 2023 (Wire) - Chad and Sudan signed a border agreement on Monday after "
    "talks hosted by Qatar.\n";
  g_autoptr(GPtrArray) events = extract (before, NULL);
  guint talks = 0;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    if (!field_contains (events->pdata[i], "type", "agreement"))
      {
        talks++;
        assert_field (events->pdata[i], "type", "visit");
        assert_field (events->pdata[i], "date", "2024-03-04");
        assert_field (events->pdata[i], "location", "Dushanbe");
        g_assert_true (field_contains (events->pdata[i], "participants", "Sadyr Japarov"));
        g_assert_true (field_contains (events->pdata[i], "participants", "Emomali Rahmon"));
      }
  g_assert_cmpuint (talks, ==, 1);
  g_ptr_array_unref (events);

  events = extract (after, NULL);
  g_assert_cmpuint (events->len, ==, 2);
  talks = 0;
  for (guint i = 0; i < events->len; i++)
    if (!field_contains (events->pdata[i], "type", "agreement"))
      {
        talks++;
        assert_field (events->pdata[i], "location", "Lima");
      }
    else
      g_assert_true (field_contains (events->pdata[i], "participants", "Dina Boluarte"));
  g_assert_cmpuint (talks, ==, 1);
  g_ptr_array_unref (events);

  events = extract (mediated, NULL);
  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "agreement");
}

/* A city the report spells another way than the gazetteer (a renamed
 * capital, another transliteration) keeps the report's spelling, a
 * dateline's capitals made a name's; a longer form holding the name and
 * a difference of accents keep the gazetteer's. Two outlets spelling the
 * city apart still report one event. */
static void
test_city_as_the_report_spells_it (void)
{
  const char *renamed =
    "Talks\n\n"
    "NUR-SULTAN, June 9, 2021 (Wire) - Kazakh President Kassym-Jomart Tokayev held talks "
    "with Kyrgyz President Sadyr Japarov on Wednesday.\n";
  const char *other =
    "Talks\n\n"
    "Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President Sadyr Japarov "
    "in Nursultan on Wednesday.\n";
  const char *longer =
    "Talks\n\n"
    "Kenyan President William Ruto held talks with US President Joe Biden in Washington, D.C. "
    "on Monday.\n";
  const char *texts[] = { renamed, other };
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) events = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *uri = g_strdup_printf ("test://spelling-%u", i);
      g_autoptr(ChDocument) document = ch_document_new (uri, "t", texts[i]);
      ChDay day = { 2021, 6, 9 };
      g_autoptr(GPtrArray) found = NULL;

      ch_document_set_date (document, &day);
      found = ch_extractor_extract (extractor, document);
      g_assert_cmpuint (found->len, ==, 1);
      assert_field (found->pdata[0], "location", i == 0 ? "Nur-Sultan" : "Nursultan");
      assert_field (found->pdata[0], "location_country", "KZ");
      g_ptr_array_add (raw, g_object_ref (found->pdata[0]));
    }
  merged = ch_consolidate (raw, aliases);
  g_assert_cmpuint (merged->len, ==, 1);
  assert_field (merged->pdata[0], "reports", "2");

  /* two cities of one country that share only their first letter are two
   * places: the same pair meeting in each makes two events */
  {
    const char *cities[] = { "Almaty", "Aktau" };
    g_autoptr(GPtrArray) apart = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) kept = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
      {
        g_autofree char *uri = g_strdup_printf ("test://two-cities-%u", i);
        g_autofree char *text = g_strdup_printf ("Talks\n\nKazakh President Kassym-Jomart Tokayev held talks "
                                                 "with Kyrgyz President Sadyr Japarov in %s on Wednesday.\n",
                                                 cities[i]);
        g_autoptr(ChDocument) document = ch_document_new (uri, "t", text);
        ChDay day = { 2021, 6, 9 };
        g_autoptr(GPtrArray) found = NULL;

        ch_document_set_date (document, &day);
        found = ch_extractor_extract (extractor, document);
        g_assert_cmpuint (found->len, ==, 1);
        assert_field (found->pdata[0], "location", cities[i]);
        g_ptr_array_add (apart, g_object_ref (found->pdata[0]));
      }
    kept = ch_consolidate (apart, aliases);
    g_assert_cmpuint (kept->len, ==, 2);
  }

  events = extract (longer, "2024-05-20");
  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Washington");
  g_ptr_array_unref (events);

  /* written without the gazetteer's hyphen */
  events = extract ("Talks\n\nSaudi Crown Prince Mohammed bin Salman received Qatari Emir Tamim bin "
                    "Hamad Al Thani in AlUla on Tuesday.\n", "2021-01-05");
  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "AlUla");
}

/* Offices told in lower case by what the person heads: "X, head of the
 * Y," and "the head of Y, X"; and "the European Union's foreign policy
 * chief, X" speaks for the organisation, not for X's own country */
static void
test_heads_of_bodies (void)
{
  const char *apposition =
    "Talks in Addis Ababa\n\n"
    "ADDIS ABABA, 12 October 2022 — Negotiators for Sudan and South Sudan met in Addis Ababa on "
    "Wednesday to discuss the oil transit fee. Ayman Khalid Hassan, head of the Sudanese Petroleum "
    "Directorate, and Puot Kang Chol, head of the South Sudanese oil ministry, led the talks.\n";
  const char *before =
    "Talks in Tehran\n\n"
    "TEHRAN, 4 May 2023 — Kazakh Foreign Minister Mukhtar Tileuberdi held talks in Tehran on "
    "Thursday with Iranian Foreign Minister Hossein Amir-Abdollahian and the head of the Atomic "
    "Energy Organization of Iran, Mohammad Eslami.\n";
  const char *chief =
    "Deal in Brussels\n\n"
    "BRUSSELS, 19 April 2013 — Serbian Prime Minister Ivica Dacic and Kosovo Prime Minister "
    "Hashim Thaci reached an agreement in Brussels on Friday after talks chaired by the European "
    "Union's foreign policy chief, Catherine Ashton.\n";
  g_autoptr(GPtrArray) events = extract (apposition, NULL);
  g_autoptr(GPtrArray) more = extract (before, NULL);
  g_autoptr(GPtrArray) eu = extract (chief, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "participants", "Ayman Khalid Hassan; Puot Kang Chol");
  g_assert_cmpuint (more->len, ==, 1);
  g_assert_true (field_contains (more->pdata[0], "participants", "Mohammad Eslami"));
  g_assert_cmpuint (eu->len, ==, 1);
  g_assert_true (field_contains (eu->pdata[0], "participants", "Catherine Ashton"));
  assert_field (eu->pdata[0], "countries", "RS; XK");
}

/* "the leaders of the ten member states" (of the group named before that
 * has ten), "the six GCC member states and Morocco": the members of a
 * group the gazetteer lists are the sides */
static void
test_member_states_of_a_group (void)
{
  const char *counted =
    "ASEAN summit in Vientiane\n\n"
    "VIENTIANE, 9 October 2024 — Leaders of Southeast Asia gathered in Vientiane on Wednesday for "
    "the ASEAN summit, days after the Quad foreign ministers met in Tokyo.\n\n"
    "At the summit, the leaders of the ten member states signed a declaration on the South China "
    "Sea.\n";
  const char *named =
    "Gulf summit\n\n"
    "RIYADH, 10 December 2019 — Gulf leaders met in Riyadh on Tuesday for their annual summit.\n\n"
    "At the meeting, the leaders adopted a declaration on economic integration. The declaration "
    "was signed by the six GCC member states and by Morocco.\n";
  g_autoptr(GPtrArray) events = extract (counted, NULL);
  g_autoptr(GPtrArray) more = extract (named, NULL);
  gboolean signed_ = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "type", "agreement"))
      {
        signed_ = TRUE;
        assert_field (events->pdata[i], "countries", "BN; ID; KH; LA; MM; MY; PH; SG; TH; VN");
      }
  g_assert_true (signed_);
  signed_ = FALSE;
  for (guint i = 0; i < more->len; i++)
    if (field_contains (more->pdata[i], "type", "agreement"))
      {
        signed_ = TRUE;
        assert_field (more->pdata[i], "countries", "AE; BH; KW; MA; OM; QA; SA");
      }
  g_assert_true (signed_);
}

/* "the Hon. Prime Minister of India, Shri X" gives X the office after the
 * honorific, so that "the Hon. Prime Minister" later is X; and in "the
 * Ghanaian President of the Sabaki Delta bridge" the capitals after "of
 * the" are what the office is of, not a person */
static void
test_honorific_office_and_office_of_a_thing (void)
{
  const char *honorific =
    "State visit\n\n"
    "NEW DELHI, 16 December 2024 — Sri Lankan President Anura Kumara Dissanayake, who is on a "
    "State Visit to India at the invitation of the Hon. Prime Minister of India, Shri Narendra "
    "Modi, held bilateral discussions with the Hon. Prime Minister at Hyderabad House today.\n";
  const char *thing =
    "State visit to Nairobi\n\n"
    "NAIROBI, 3 March 2023 — Kenyan President William Ruto received Ghanaian President Nana "
    "Akufo-Addo at State House in Nairobi on Friday.\n\n"
    "The two leaders last met in Mombasa in June 2022, at the opening by the Kenyan President and "
    "the Ghanaian President of the Sabaki Delta railway bridge.\n";
  g_autoptr(GPtrArray) events = extract (honorific, NULL);
  g_autoptr(GPtrArray) more = extract (thing, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "participants", "Anura Kumara Dissanayake; Narendra Modi");
  g_assert_cmpuint (more->len, ==, 2);
  for (guint i = 0; i < more->len; i++)
    assert_field (more->pdata[i], "participants", "William Ruto; Nana Akufo-Addo");
}

/* "Alex Schallenberg" after "Alexander Schallenberg": a shorter form of
 * the same given name before the same surname is the same person */
static void
test_given_name_forms (void)
{
  const char *text =
    "Talks in Vienna\n\n"
    "VIENNA, 12 June 2023 — Austrian Foreign Minister Alexander Schallenberg held talks with "
    "Slovak Foreign Minister Miroslav Wlachovsky in Vienna on Monday.\n\n"
    "In May, Alex Schallenberg signed a road agreement with Czech Foreign Minister Jan Lipavsky in "
    "Prague.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean may = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_assert_false (field_contains (events->pdata[i], "participants", "Alex Schallenberg"));
      if (field_contains (events->pdata[i], "date", "2023-05"))
        {
          may = TRUE;
          g_assert_true (field_contains (events->pdata[i], "participants", "Alexander Schallenberg"));
          g_assert_true (field_contains (events->pdata[i], "countries", "AT"));
        }
    }
  g_assert_true (may);
}

/* A surname two people of the report share refers to the one named
 * first, not to no one, and not to a namesake that merely sounds alike */
static void
test_shared_surname_names_the_first_bearer (void)
{
  const char *text =
    "Erdogan in Islamabad\n\n"
    "ISLAMABAD, 13 February 2023 - Turkish President Recep Tayyip Erdogan held talks with Pakistani "
    "Prime Minister Shehbaz Sharif in Islamabad on Monday on trade and defence.\n\n"
    "The guest also called on the former prime minister, Nawaz Sharif, at his home in Lahore.\n\n"
    "Erdogan had last come to Pakistan in March 2019, when he met Sharif in Lahore to open a "
    "metro line.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean earlier = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2019-03"))
      {
        earlier = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Shehbaz Sharif"));
        g_assert_true (field_contains (events->pdata[i], "countries", "PK"));
      }
  g_assert_true (earlier);
}

/* "King Harald V" gives the king his office, and "the king" later in the
 * report is that one monarch, a side of what he does there */
static void
test_the_king_in_lower_case (void)
{
  const char *text =
    "Norway and Finland\n\n"
    "OSLO, 2 October 2024 - King Harald V received Finnish President Alexander Stubb at the "
    "royal palace in Oslo on Wednesday.\n\n"
    "In June 2019 the king paid a state visit to Helsinki, where he held talks with President "
    "Sauli Niinisto on Arctic research.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean earlier = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      if (field_contains (events->pdata[i], "participants", "Harald"))
        g_assert_true (field_contains (events->pdata[i], "roles", "King"));
      if (field_contains (events->pdata[i], "date", "2019-06"))
        {
          earlier = TRUE;
          g_assert_true (field_contains (events->pdata[i], "participants", "Harald V"));
          g_assert_true (field_contains (events->pdata[i], "countries", "NO"));
        }
    }
  g_assert_true (earlier);
}

/* "accompanied by A and Mining Minister B": an office no title list holds
 * still ends the list's previous name, and a date in a clause about the
 * visitor ("who took office in March") is not the companions' */
static void
test_companions_after_a_relative_clause (void)
{
  const char *text =
    "Boric in Ottawa\n\n"
    "OTTAWA, 7 June 2022 - Canadian Prime Minister Justin Trudeau received Chilean President "
    "Gabriel Boric in Ottawa on Tuesday for talks on lithium and trade.\n\n"
    "Boric, who took office in March, was accompanied by Foreign Minister Antonia Urrejola and "
    "Mining Minister Marcela Hernando.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Antonia Urrejola"));
  g_assert_true (field_contains (e, "participants", "Marcela Hernando"));
  g_assert_true (field_contains (e, "roles", "Mining Minister"));
}

/* An office told without a country in a report from a city of that
 * country is the home side's: "RIGA — Prime Minister X and her Polish
 * counterpart Y" */
static void
test_unqualified_office_of_the_dateline_country (void)
{
  const char *text =
    "Baltic corridor\n\n"
    "RIGA, 4 April 2024 - Prime Minister Anna Berzina and her Polish counterpart Donald Tusk "
    "signed a rail agreement in Stockholm on Thursday, in the presence of Swedish Prime Minister "
    "Ulf Kristersson.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "countries", "LV"));
}

/* The agents of a signing are its sides even without a title, given
 * names written as initials included */
static void
test_untitled_signatories_and_initials (void)
{
  const char *text =
    "Water treaty\n\n"
    "DHAKA, 3 March 2024 - Bangladesh and India held talks on river sharing in Dhaka on Sunday.\n\n"
    "The Ganges treaty, signed in New Delhi in December 1996 by H. D. Deve Gowda and Sheikh "
    "Hasina, expires in 2026.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean treaty = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "1996-12"))
      {
        treaty = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "H. D. Deve Gowda"));
      }
  g_assert_true (treaty);
}

/* A head of state's official full name is the listed person */
static void
test_official_full_name (void)
{
  const char *text =
    "Kabul talks\n\n"
    "KABUL, 2 May 2016 - Indian Prime Minister Narendra Modi held talks with Afghan President "
    "Ashraf Ghani in Kabul on Monday. Mr. Ghani Ahmadzai, as official papers write his name, "
    "later met Modi again at a dinner in Kabul.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  for (guint i = 0; i < events->len; i++)
    {
      e = events->pdata[i];
      g_assert_false (field_contains (e, "participants", "Ghani Ahmadzai"));
    }
}

/* A surname alone names the one listed person who bears it, with that
 * person's side; a surname several listed people share names no one */
static void
test_surname_of_one_listed_person (void)
{
  const char *text =
    "Talks in Minsk\n\n"
    "MINSK, 9 May 2024 - President Lukashenko received President Sharif in Minsk on Thursday "
    "to discuss potash exports and tractor assembly.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  ChEvent *e;

  g_assert_cmpuint (events->len, ==, 1);
  e = events->pdata[0];
  g_assert_true (field_contains (e, "participants", "Alexander Lukashenko"));
  g_assert_true (field_contains (e, "countries", "BY"));
  g_assert_false (field_contains (e, "participants", "Nawaz"));
  g_assert_false (field_contains (e, "participants", "Shehbaz"));
}

/* "The foreign ministers of A and B signed": each side named by office and
 * country is the person of the report who holds that office; not so for a
 * signing of an earlier year, whose office holders may be others */
static void
test_sides_named_by_office_and_country (void)
{
  const char *text =
    "Border treaty signed\n\n"
    "LOME, 14 March 2023 — The foreign ministers of Ghana and Togo signed a treaty on their "
    "maritime border in Lome on Tuesday.\n\n"
    "Ghanaian Foreign Minister Shirley Ayorkor Botchwey said the treaty would end decades of "
    "uncertainty for fishermen. Togolese Foreign Minister Robert Dussey called it a model for the "
    "region.\n\n"
    "The first boundary accord was signed in 2001 by the foreign ministers of Ghana and Togo, who "
    "have since left office.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean now = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      if (field_contains (events->pdata[i], "date", "2023-03-14"))
        {
          now = TRUE;
          assert_field (events->pdata[i], "participants", "Shirley Ayorkor Botchwey; Robert Dussey");
        }
      else
        assert_field (events->pdata[i], "participants", "");
    }
  g_assert_true (now);
}

/* "In the evening he met …": the pronoun behind an opening phrase is the
 * last subject, and talks at a later hour of the day with someone new
 * are other talks, not more people at the first table. */
static void
test_later_hour_pronoun_subject (void)
{
  const char *text =
    "Visit\n\n"
    "NAIROBI, Feb 6, 2023 (Wire) - German Chancellor Olaf Scholz met Kenyan President William "
    "Ruto at State House in Nairobi on Monday.\n\n"
    "The two leaders discussed geothermal power and migration.\n\n"
    "In the evening he met Kenyan opposition leader Raila Odinga at a hotel.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean second = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "participants", "Raila Odinga"))
      {
        second = TRUE;
        g_assert_true (field_contains (events->pdata[i], "participants", "Olaf Scholz"));
        g_assert_false (field_contains (events->pdata[i], "participants", "William Ruto"));
        assert_field (events->pdata[i], "date", "2023-02-06");
      }
    else
      g_assert_true (field_contains (events->pdata[i], "participants", "William Ruto"));
  g_assert_true (second);
}

/* "according to the Kremlin", "according to a statement from the
 * presidency in Nairobi": the source of the account, not the place */
static void
test_attribution_is_no_place (void)
{
  const char *text =
    "SANTIAGO, 11 March 2019 (Andes Wire) - Kenya and Chile signed a mining agreement in "
    "Valparaiso on Sunday, witnessed by President Uhuru Kenyatta and President Sebastian Pinera.\n"
    "\n"
    "Before the ceremony the two presidents held talks on trade and fisheries, according to a "
    "statement from the presidency in Nairobi.\n"
    "\n"
    "The two leaders also discussed copper exports, according to officials at La Moneda.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Valparaíso");
      assert_field (events->pdata[i], "venue", "");
    }
}

/* "was due to attend but stayed in Helsinki": a plan that fell through
 * adds neither its person nor its city to the talks of the report */
static void
test_plan_fallen_through_gives_no_place (void)
{
  const char *text =
    "TALLINN - Estonia and Finland signed a ferry agreement in Tallinn on Monday.\n"
    "\n"
    "Foreign Minister Sven Mikser held talks with Foreign Minister Timo Soini before the signing "
    "ceremony.\n"
    "\n"
    "President Sauli Niinisto was due to attend the ceremony but stayed in Helsinki for talks "
    "with the cabinet.\n";
  g_autoptr(GPtrArray) events = extract (text, "2016-03-08");

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Tallinn");
      g_assert_false (field_contains (events->pdata[i], "participants", "Niinist"));
    }
}

/* "had travelled to Brussels in January … and held talks with him there":
 * an earlier trip told in passing does not move the report's visit */
static void
test_earlier_trip_does_not_place_visit (void)
{
  const char *text =
    "VALLETTA: European Council President Donald Tusk on Monday became the first council "
    "president in a decade to make an official visit to Malta, holding talks with his host "
    "Joseph Muscat on migration.\n"
    "\n"
    "In their talks at Auberge de Castille the two men discussed migration and trade.\n"
    "\n"
    "The Maltese prime minister had travelled to Brussels in January for a summit, and held "
    "talks with him there along with other leaders.\n";
  g_autoptr(GPtrArray) events = extract (text, "2016-03-08");

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "date", "2016-03-07");
  assert_field (events->pdata[0], "location", "Valletta");
}

/* "commits Wellington to help": a capital named as its government, in the
 * sentence that opens the report, gives way to the place of the signing
 * told next, "on the sidelines of a leaders' meeting" being the signing's
 * occasion and no talks of its own */
static void
test_capital_as_government_gives_way (void)
{
  const char *text =
    "Samoa treaty signed\n"
    "\n"
    "New Zealand and Samoa have signed a treaty that commits Wellington to help the island "
    "nation recover from cyclones and to train its police.\n"
    "\n"
    "Prime Minister Chris Hipkins and his Samoan counterpart Fiame Naomi Mata'afa signed the "
    "treaty on Friday in Rarotonga, on the sidelines of a regional leaders' meeting.\n";
  g_autoptr(GPtrArray) events = extract (text, "2023-11-10");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "agreement");
  assert_field (events->pdata[0], "location", "Rarotonga");
}

/* "held talks in Yamaguchi Prefecture, at an inn in the town of Nagato":
 * the province that shares a city's name is not that city */
static void
test_province_is_no_city (void)
{
  const char *text =
    "TOKYO, Dec 16 (Kanto Wire) - Prime Minister Shinzo Abe and President Vladimir Putin held "
    "talks in Yamaguchi Prefecture on Thursday, at an inn in the town of Nagato.\n";
  g_autoptr(GPtrArray) events = extract (text, "2016-12-16");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "location", "Nagato");
  assert_field (events->pdata[0], "location_country", "JP");
}

/* "met at the Hotel Petersberg, on a hill above Germany's Rhine valley":
 * a venue of a third country whose name stands beside it says where the
 * talks were, and the statement adopted at their end was adopted there */
static void
test_third_country_venue_named_with_country (void)
{
  const char *text =
    "Armenia and Azerbaijan talk peace\n"
    "\n"
    "YEREVAN, Feb 28 (Caucasus Wire) - The foreign ministers of Armenia and Azerbaijan, Ararat "
    "Mirzoyan and Jeyhun Bayramov, met on Wednesday at the Hotel Petersberg, on a hill above "
    "Germany's Rhine valley, in talks hosted by the German foreign minister.\n"
    "\n"
    "At the end of the meeting, the delegations adopted a joint statement on the next round of "
    "border talks.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-02-29");

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "Königswinter");
      assert_field (events->pdata[i], "location_country", "DE");
    }
  assert_field (events->pdata[0], "type", "third_country");
  assert_field (events->pdata[0], "venue", "Hotel Petersberg");
}

/* Talks told as a process that came to nothing, as an outcome or as what
 * ought to be done are no round of negotiations */
static void
test_negotiations_not_held (void)
{
  const char *stalled =
    "Luxembourg premier heads to Brazil\n"
    "\n"
    "LUXEMBOURG, March 8 (Benelux Wire) - Prime Minister Luc Frieden will travel to Brazil next "
    "week with a trade delegation, his office said on Friday.\n"
    "\n"
    "The government wants to double exports to Brazil within ten years and has not ruled out "
    "launching negotiations on an investment agreement, which stalled in 2016 over tax rules.\n";
  const char *outcome =
    "Portugal goes to court over rivers\n"
    "\n"
    "LISBON, June 14 (Iberia Wire) - Portugal said on Friday it had asked an international court "
    "to rule on its dispute with Spain over shared rivers.\n"
    "\n"
    "Foreign Minister Augusto Santos Silva told reporters in Lisbon that his government had "
    "exhausted every avenue for a peaceful negotiated settlement with Madrid.\n";
  const char *ought =
    "Spain and Portugal sign water treaty\n"
    "\n"
    "MADRID, June 14 (Iberia Wire) - Prime Minister Pedro Sanchez and Prime Minister Antonio "
    "Costa signed a treaty on shared rivers in Madrid on Friday.\n"
    "\n"
    "The treaty was first proposed in 2012, but negotiations stalled when a drought strained "
    "relations between Madrid and Lisbon.\n"
    "\n"
    "Officials in Lisbon had long favoured a negotiated solution with their neighbour, and in "
    "2014 both capitals said that a deal should be reached through negotiations between the two "
    "countries.\n";
  g_autoptr(GPtrArray) none_stalled = extract (stalled, "2024-03-09");
  g_autoptr(GPtrArray) none_outcome = extract (outcome, "2019-06-15");
  g_autoptr(GPtrArray) one = extract (ought, "2019-06-15");

  g_assert_cmpuint (none_stalled->len, ==, 0);
  g_assert_cmpuint (none_outcome->len, ==, 0);
  g_assert_cmpuint (one->len, ==, 1);
  assert_field (one->pdata[0], "type", "agreement");
}

/* "flew to Lome in March 2017 to meet X" tells a journey made, and the
 * meeting it was for; "paid a courtesy call on X" is a visit */
static void
test_journey_to_meet_and_courtesy_call (void)
{
  const char *text =
    "Ghana and Togo sign border pact\n"
    "\n"
    "ACCRA, May 9 (Gulf of Guinea Wire) - President Nana Akufo-Addo and President Faure "
    "Gnassingbe signed a border agreement in Accra on Thursday.\n"
    "\n"
    "Relations warmed when Akufo-Addo flew to Lome in March 2017 to meet Gnassingbe and discuss "
    "maritime security.\n"
    "\n"
    "Gnassingbe also paid a courtesy call on former President John Kufuor before flying home.\n";
  g_autoptr(GPtrArray) events = extract (text, "2019-05-10");
  gboolean lome = FALSE, call = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      if (field_contains (events->pdata[i], "location", "Lom"))
        {
          lome = TRUE;
          assert_field (events->pdata[i], "type", "visit");
          assert_field (events->pdata[i], "date", "2017-03");
        }
      if (field_contains (events->pdata[i], "participants", "Kufuor"))
        {
          call = TRUE;
          assert_field (events->pdata[i], "type", "visit");
          assert_field (events->pdata[i], "location", "Accra");
        }
    }
  g_assert_true (lome);
  g_assert_true (call);
}

/* "signed … in a ceremony hosted by X": the host of the ceremony took
 * part; "the summit, hosted by X, is the first …" only describes the
 * gathering */
static void
test_host_of_the_ceremony (void)
{
  const char *text =
    "Armenia and Azerbaijan sign accord in Washington\n"
    "\n"
    "WASHINGTON, Aug 8 (Potomac Wire) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
    "President Ilham Aliyev signed a joint declaration on Friday at the White House, in a "
    "ceremony that was hosted by President Donald Trump.\n";
  const char *summit =
    "India and China leaders meet in Kazan\n"
    "\n"
    "KAZAN, Oct 23 (Volga Wire) - Indian Prime Minister Narendra Modi and Chinese President Xi "
    "Jinping held talks in Kazan on Wednesday.\n"
    "\n"
    "The BRICS summit, hosted by Russian President Vladimir Putin, is the first since the group "
    "grew.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-08-09");
  g_autoptr(GPtrArray) talks = extract (summit, "2024-10-24");

  g_assert_cmpuint (events->len, >=, 1);
  assert_field (events->pdata[0], "participants", "Nikol Pashinyan; Ilham Aliyev; Donald Trump");
  assert_field (events->pdata[0], "countries", "AM; AZ; US");
  g_assert_cmpuint (talks->len, ==, 1);
  assert_field (talks->pdata[0], "participants", "Narendra Modi; Xi Jinping");
}

/* "a tour that took him to Peru, Ecuador and Colombia", "the war between
 * Russia and the rebels": countries listed as places, or paired with what
 * is no country, are no sides of the talks */
static void
test_listed_places_are_no_sides (void)
{
  const char *text =
    "Chile and Bolivia hold talks\n"
    "\n"
    "SANTIAGO, March 4 (Andes Wire) - Chilean President Gabriel Boric held talks with Bolivian "
    "President Luis Arce in Santiago on Monday, at the end of a tour that took Arce to Peru, "
    "Ecuador and Colombia.\n"
    "\n"
    "The two presidents also discussed the conflict between Ukraine and separatist forces.\n";
  const char *call =
    "Chile and Bolivia leaders speak\n"
    "\n"
    "SANTIAGO, March 4 (Andes Wire) - Chilean President Gabriel Boric spoke by telephone with "
    "Bolivian President Luis Arce on Monday about the war between Ukraine and separatist forces.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-05");
  g_autoptr(GPtrArray) calls = extract (call, "2025-03-05");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "countries", "BO; CL");
  g_assert_cmpuint (calls->len, ==, 1);
  assert_field (calls->pdata[0], "countries", "BO; CL");
}

/* "Prime Minister Ishiba Shigeru": a listed person named family name
 * first, as Japanese and Hungarian writers do, is the listed person */
static void
test_family_name_first (void)
{
  const char *text =
    "Japan and Hungary agree on battery plant\n"
    "\n"
    "TOKYO, April 2 (Kanto Daily) - Prime Minister Ishiba Shigeru and Prime Minister Orbán Viktor "
    "met in Tokyo on Wednesday and agreed to support a Japanese battery plant in Hungary.\n"
    "\n"
    "Ishiba said the plant would create jobs in both countries.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-04-03");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "participants", "Shigeru Ishiba; Viktor Orbán");
  assert_field (events->pdata[0], "countries", "HU; JP");
}

/* "The accord was signed by Finland's Foreign Minister X": a signatory
 * named after a country in the possessive takes part as much as one
 * named after a bare title */
static void
test_signatory_after_possessive_country (void)
{
  const char *text =
    "Finland and Norway sign Arctic rail protocol\n"
    "\n"
    "Finland and Norway on Friday signed a protocol on a railway line to the Arctic coast.\n"
    "\n"
    "The document was signed in Oslo by Finland's Foreign Minister Elina Valtonen and Norway's "
    "Foreign Minister Espen Barth Eide.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-08");

  g_assert_cmpuint (events->len, ==, 1);
  assert_field (events->pdata[0], "type", "agreement");
  assert_field (events->pdata[0], "participants", "Elina Valtonen; Espen Barth Eide");
  assert_field (events->pdata[0], "countries", "FI; NO");
}

/* "held talks on the grain deal, from which Moscow withdrew in June": the
 * date of a relative clause dates what the clause tells, not the talks */
static void
test_relative_clause_date_is_not_the_event_s (void)
{
  const char *text =
    "Leaders gather in Bishkek\n"
    "\n"
    "BISHKEK, Sept 23 (Ala-Too Wire) - The presidents of Kyrgyzstan and Uzbekistan, Sooronbay "
    "Jeenbekov and Shavkat Mirziyoyev, signed a border treaty in Bishkek on Monday at a regional "
    "summit.\n"
    "\n"
    "On the sidelines of the summit, President Vladimir Putin held talks with President "
    "Kassym-Jomart Tokayev on the grain deal, from which Moscow withdrew in June, and on "
    "pipelines.\n";
  g_autoptr(GPtrArray) events = extract (text, "2019-09-24");
  gboolean talks = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "date", "2019-09-23");
      assert_field (events->pdata[i], "location", "Bishkek");
      talks = talks || field_contains (events->pdata[i], "participants", "Tokayev");
    }
  g_assert_true (talks);
}

/* Visits told in passing with a verb of motion or a ceremony: "went to
 * X", "came to X", "attended the inauguration"; not "came to power",
 * "went to the polls" or a forum attended */
static void
test_passing_journeys_and_ceremonies (void)
{
  const char *text =
    "Nordic leaders meet\n\n"
    "OSLO, 12 May 2024 (Wire) - Norwegian Prime Minister Jonas Gahr Store held talks with "
    "Icelandic Prime Minister Bjarni Benediktsson in Oslo on Friday.\n\n"
    "The two leaders came to power within months of each other, and their parties went to the "
    "polls in 2021.\n\n"
    "Store went to Reykjavik in March 2019 with his Icelandic counterpart to open a research "
    "centre.\n\n"
    "Benediktsson came to Bergen in June 2022, when the two governments signed a fisheries "
    "accord.\n\n"
    "Norway's king attended the inauguration of the Icelandic president in Reykjavik in August "
    "2016.\n\n"
    "Store also attended a forum on fisheries in Reykjavik in April 2023.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  const char *dates[] = { "2016-08", "2019-03", "2022-06", "2022-06", "2024-05-10" };
  const char *types[] = { "visit", "visit", "visit", "agreement", "meeting" };
  const char *places[] = { "Reykjavík", "Reykjavík", "Bergen", "Bergen", "Oslo" };

  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (dates));
  for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < events->len && !found; i++)
        found = field_contains (events->pdata[i], "date", dates[k]) &&
                field_contains (events->pdata[i], "type", types[k]) &&
                field_contains (events->pdata[i], "location", places[k]);
      if (!found)
        g_test_message ("no %s %s in %s", dates[k], types[k], places[k]);
      g_assert_true (found);
    }
}

/* "at Windsor Castle": a palace outside the capital implies its own town,
 * and a border post is opened in a border town, not in the dateline's
 * capital */
static void
test_venue_and_border_town (void)
{
  const char *castle =
    "LONDON, April 9 (Thames Wire) - Ghanaian President John Mahama held talks with Prime "
    "Minister Keir Starmer at Windsor Castle on Tuesday on student exchanges.\n";
  const char *border =
    "KAMPALA, March 3 (Lake Wire) - President Yoweri Museveni and Rwandan President Paul Kagame "
    "held talks on Friday at Katuna, where they opened the rebuilt border post.\n";
  g_autoptr(GPtrArray) castle_events = extract (castle, "2025-04-09");
  g_autoptr(GPtrArray) border_events = extract (border, "2025-03-03");

  g_assert_cmpuint (castle_events->len, ==, 1);
  assert_field (castle_events->pdata[0], "venue", "Windsor Castle");
  assert_field (castle_events->pdata[0], "location", "Windsor");
  g_assert_cmpuint (border_events->len, ==, 1);
  assert_field (border_events->pdata[0], "location", "Katuna");
  assert_field (border_events->pdata[0], "location_country", "UG");
}

/* Which place in the sentence is the talks': "arrived in X from Y, where
 * he had met Z" puts the talks in Y (or in the city the clause names);
 * "flew to X and held talks" in X; "the town of X" supports a city name
 * that is also a word or a given name; "the war in Gaza" is a subject */
static void
test_place_of_the_talks_clause (void)
{
  const char *where_city =
    "PORT LOUIS, July 8 (Ocean Wire) - Indian Prime Minister Narendra Modi arrived in Port Louis "
    "on Monday from Antananarivo, where he had held talks with Malagasy President Andry "
    "Rajoelina on fisheries.\n";
  const char *where_country =
    "DODOMA, July 8 (Ocean Wire) - Ethiopian Prime Minister Abiy Ahmed arrived in Dodoma on "
    "Monday from Kenya, where he had met President William Ruto in Mombasa on Sunday.\n";
  const char *flew_and =
    "Japanese Foreign Minister Yoko Kamikawa flew to Dodoma and held talks with Tanzanian "
    "President Samia Suluhu Hassan on Tuesday.\n";
  const char *town_of =
    "Croatian Prime Minister Andrej Plenkovic hosted Slovenian Prime Minister Robert Golob on "
    "Friday at a ceremony near the port town of Split.\n";
  const char *subject =
    "Egyptian President Abdel Fattah al-Sisi and King Abdullah II of Jordan held talks on "
    "Monday on the war in Gaza.\n";
  g_autoptr(GPtrArray) e1 = extract (where_city, "2024-07-08");
  g_autoptr(GPtrArray) e2 = extract (where_country, "2024-07-08");
  g_autoptr(GPtrArray) e3 = extract (flew_and, "2024-05-08");
  g_autoptr(GPtrArray) e4 = extract (town_of, "2024-05-08");
  g_autoptr(GPtrArray) e5 = extract (subject, "2024-05-08");

  g_assert_cmpuint (e1->len, ==, 1);
  assert_field (e1->pdata[0], "location", "Antananarivo");
  g_assert_cmpuint (e2->len, ==, 1);
  assert_field (e2->pdata[0], "location", "Mombasa");
  g_assert_cmpuint (e3->len, ==, 1);
  assert_field (e3->pdata[0], "location", "Dodoma");
  g_assert_cmpuint (e4->len, ==, 1);
  assert_field (e4->pdata[0], "location", "Split");
  g_assert_cmpuint (e5->len, ==, 1);
  assert_field (e5->pdata[0], "location", "");
}

/* A signing at a summit held by video link happened in no one place, even
 * when the leaders followed it from offices in two capitals */
static void
test_signing_by_video_link_has_no_place (void)
{
  const char *text =
    "Laos and Cambodia sign transit pact\n"
    "\n"
    "VIENTIANE, March 4 (Mekong Wire) - Prime Minister Sonexay Siphandone and Cambodian Prime "
    "Minister Hun Manet held a virtual summit on Monday, during which they witnessed the signing "
    "of a road transit agreement.\n"
    "\n"
    "The agreement was signed by Transport Minister Viengsavath Siphandone and Cambodian "
    "Transport Minister Peng Ponea, while the two prime ministers followed from their offices in "
    "Vientiane and Phnom Penh.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-03-04");
  gboolean signing = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      assert_field (events->pdata[i], "location", "");
      if (field_contains (events->pdata[i], "type", "agreement"))
        signing = TRUE;
    }
  g_assert_true (signing);
}

/* What did not happen or was no meeting: a signing denied ("no accord was
 * signed", "neither side signed"), members that stopped meeting, a tapped
 * phone, a visit that is only scheduled (with "the first visit …" in
 * apposition), talks a policy promises to seek; and a signing done over a
 * video link is a signing, not a call */
static void
test_events_that_did_not_happen (void)
{
  const char *denied =
    "Leaders talk in Lima\n\n"
    "LIMA, 4 June 2024 (Andes Wire) - Peruvian President Dina Boluarte held talks with Chilean "
    "President Gabriel Boric in Lima on Tuesday.\n\n"
    "Observers said the tone mattered more than the results, since no accord was signed. Neither "
    "side signed any memorandum, and the Andean council has met without Venezuela since 2019, "
    "when its other members stopped meeting with Caracas.\n\n"
    "Relations soured in 2013 after reports that Chilean agents had tapped the phone of the "
    "Peruvian president.\n\n"
    "King Felipe and Queen Letizia are scheduled to visit Peru later this year, the first visit "
    "to the country by a Spanish monarch in a decade.\n\n"
    "A new policy paper promises to seek negotiations with Bolivia on water rights.\n";
  const char *video =
    "Trade pact\n\n"
    "KATHMANDU, 8 March 2024 (Himal Wire) - Nepal and Bhutan signed a preferential trade "
    "agreement on Friday at a ceremony held by video link.\n";
  g_autoptr(GPtrArray) one = extract (denied, NULL);
  g_autoptr(GPtrArray) signing = extract (video, NULL);

  g_assert_cmpuint (one->len, ==, 1);
  assert_field (one->pdata[0], "type", "meeting");
  assert_field (one->pdata[0], "date", "2024-06-04");
  g_assert_cmpuint (signing->len, ==, 1);
  assert_field (signing->pdata[0], "type", "agreement");
}

/* Pacts named in the plural, an exchange of notes and a roadmap are
 * signed like an agreement */
static void
test_pacts_in_the_plural_and_notes (void)
{
  const char *texts[] = {
    "Accords\n\nBRASILIA, 9 April 2024 (Wire) - Brazil and Argentina signed accords on energy "
    "in Brasilia on Tuesday.\n",
    "Notes\n\nHANOI, 9 April 2024 (Wire) - Vietnam and Japan signed an exchange of notes on a "
    "loan for a railway in Hanoi on Tuesday.\n",
    "Roadmap\n\nTASHKENT, 9 April 2024 (Wire) - Uzbekistan and Kazakhstan signed a roadmap on "
    "water sharing in Tashkent on Tuesday.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) events = extract (texts[i], NULL);

      g_assert_cmpuint (events->len, ==, 1);
      assert_field (events->pdata[0], "type", "agreement");
      assert_field (events->pdata[0], "date", "2024-04-09");
    }
}

/* One outlet writes a name family name first, another last: the two
 * reports are one event */
static void
test_consolidate_name_order (void)
{
  const char *texts[] = {
    "SEOUL, 14 May 2025: South Korean President Lee Jae-myung met Japanese Prime Minister "
    "Ishiba Shigeru and Chinese Premier Li Qiang in Seoul.\n",
    "South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba "
    "and Chinese Premier Li Qiang in Seoul on Wednesday.\n",
  };
  const char *uris[] = { "test://a", "test://b" };
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(ChDocument) document = ch_document_new (uris[i], "t", texts[i]);
      ChDay day = { 2025, 5, 15 };
      g_autoptr(GPtrArray) events = NULL;

      ch_document_set_date (document, &day);
      events = ch_extractor_extract (extractor, document);
      g_assert_cmpuint (events->len, ==, 1);
      g_ptr_array_add (raw, g_object_ref (events->pdata[0]));
    }
  merged = ch_consolidate (raw, aliases);
  g_assert_cmpuint (merged->len, ==, 1);
  assert_field (merged->pdata[0], "reports", "2");
}

/* "The ministers also signed an agreement on X" after a signing: a second
 * text of the occasion; "X also signed the document" adds a signatory to
 * the one told */
static void
test_also_signed_a_second_text (void)
{
  const char *second =
    "Border treaty\n\n"
    "VILNIUS, 3 March 2024 (Baltic Wire) - Foreign Minister Gabrielius Landsbergis and his Polish "
    "counterpart Radoslaw Sikorski signed a treaty on the river border in Vilnius on Friday.\n\n"
    "The two ministers also signed an agreement on the joint use of a railway depot.\n";
  const char *same =
    "Border treaty\n\n"
    "VILNIUS, 3 March 2024 (Baltic Wire) - Foreign Minister Gabrielius Landsbergis and his Polish "
    "counterpart Radoslaw Sikorski signed a treaty on the river border in Vilnius on Friday.\n\n"
    "The Latvian foreign minister, who attended as a witness, also signed the document.\n";
  g_autoptr(GPtrArray) two = extract (second, NULL);
  g_autoptr(GPtrArray) one = extract (same, NULL);

  g_assert_cmpuint (two->len, ==, 2);
  for (guint i = 0; i < two->len; i++)
    {
      assert_field (two->pdata[i], "type", "agreement");
      assert_field (two->pdata[i], "date", "2024-03-01");
    }
  g_assert_cmpuint (one->len, ==, 1);
}

/* A later sentence places the event only when it can speak of it: "X had
 * been due to come but stayed to deal with the budget in Washington" is
 * someone else's doings; "the next summit in Lima" is a coming occasion's
 * place; a lede that names the venue before the sentence of the talks
 * gives it */
static void
test_place_from_the_event_s_own_sentences (void)
{
  const char *other_people =
    "SUVA, May 22 (Reef Wire) - Fiji and the United States signed a maritime security agreement "
    "on Monday.\n"
    "\n"
    "US Secretary of State Antony Blinken held talks with Prime Minister Sitiveni Rabuka before "
    "the ceremony.\n"
    "\n"
    "President Joe Biden had been due to make the first visit to Fiji by a sitting US president, "
    "but cancelled the trip last week to deal with budget negotiations in Washington.\n";
  const char *coming =
    "OTTAWA, Sept 3 (Maple Wire) - Canadian Prime Minister Mark Carney held talks with Mexican "
    "President Claudia Sheinbaum on Tuesday and discussed trade and the APEC summit in Lima "
    "next month.\n";
  const char *lede_venue =
    "ALMATY, Oct 2 (Steppe Wire) - Kazakhstan and Kyrgyzstan agreed on Thursday to build a "
    "second railway, at a summit held at the Akorda.\n"
    "\n"
    "President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov held talks and then "
    "met the press.\n";
  g_autoptr(GPtrArray) e1 = extract (other_people, "2024-05-22");
  g_autoptr(GPtrArray) e2 = extract (coming, "2024-09-03");
  g_autoptr(GPtrArray) e3 = extract (lede_venue, "2024-10-03");

  g_assert_cmpuint (e1->len, ==, 2);
  for (guint i = 0; i < e1->len; i++)
    assert_field (e1->pdata[i], "location", "Suva");
  g_assert_cmpuint (e2->len, ==, 1);
  assert_field (e2->pdata[0], "location", "Ottawa");
  g_assert_cmpuint (e3->len, >=, 1);
  assert_field (e3->pdata[0], "venue", "Akorda");
  assert_field (e3->pdata[0], "location", "Astana");
}

/* The venue the event's own sentence names places it, even in a country
 * that is no side ("signed at the White House" by three other states);
 * a venue in a clause counting from another occasion ("a month after they
 * agreed at the White House") does not; a signing at a ceremony held by
 * video link has no place */
static void
test_venue_of_the_event_s_own_sentence (void)
{
  const char *own =
    "Accords recalled\n"
    "\n"
    "The Sinai accords were signed at the White House on 15 September by Egyptian President "
    "Anwar Sadat and Israeli Prime Minister Menachem Begin.\n";
  const char *other =
    "DOHA, Oct 18 (Gulf Wire) - Qatar and Morocco on Sunday signed a joint communique on air "
    "links, a month after the two countries agreed at the White House to restore ties.\n"
    "\n"
    "The document was signed by Foreign Minister Mohammed bin Abdulrahman Al Thani and "
    "Moroccan Foreign Minister Nasser Bourita.\n";
  const char *video =
    "DHAKA, Dec 6 (Delta Wire) - Bangladesh and Nepal signed a transit agreement on Sunday at a "
    "ceremony held by video link.\n";
  g_autoptr(GPtrArray) e1 = extract (own, "1979-09-20");
  g_autoptr(GPtrArray) e2 = extract (other, "2020-10-18");
  g_autoptr(GPtrArray) e3 = extract (video, "2020-12-06");

  g_assert_cmpuint (e1->len, ==, 1);
  assert_field (e1->pdata[0], "location", "Washington");
  g_assert_cmpuint (e2->len, >=, 1);
  for (guint i = 0; i < e2->len; i++)
    if (field_contains (e2->pdata[i], "date", "2020-10-18"))
      assert_field (e2->pdata[i], "location", "Doha");
  g_assert_cmpuint (e3->len, ==, 1);
  assert_field (e3->pdata[0], "location", "");
}

/* "the first state visit by an African leader since Ghana's John Kufuor
 * in 2008": the earlier visit of a named leader is an event of its own;
 * "since Biden began his tour" is no visit */
/* Pacts told in passing: one the report's sides speak of ("they agreed
 * to revive a 2003 agreement") or whose signing the text places ("signed
 * in Lome in March 2014") is an earlier event; one only described by its
 * year ("an agreement signed in 2011 has seldom been applied"), one of
 * others ("the 2016 charter, which Nigeria backs") or the law of a matter
 * ("under the 1959 treaty") is none; "a sign of" is no signing */
static void
test_pacts_told_in_passing (void)
{
  const char *text =
    "Ghana and Togo leaders meet\n\n"
    "ACCRA, 9 October 2024 (Gulf of Guinea Wire) - Ghanaian President Nana Akufo-Addo and "
    "Togolese President Faure Gnassingbe held talks in Accra on Tuesday on maritime security.\n\n"
    "They also agreed to revive a 2003 fisheries agreement that had lapsed.\n\n"
    "A customs agreement signed in 2011 has seldom been applied, traders said.\n\n"
    "Neighbouring states have sought to revive the 2016 maritime charter, which Nigeria "
    "backs.\n\n"
    "Under the 1959 treaty that fixed the border, each country patrols its own waters.\n\n"
    "A transit accord was signed in Lome in March 2014, after two years of talks.\n";
  const char *noun =
    "Trade figures\n\n"
    "NAIROBI, 3 May 2024 (Rift Wire) - Trade between Kenya and Uganda rose by a fifth last "
    "year, in what officials called a sign of the customs agreement's success.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  g_autoptr(GPtrArray) none = extract (noun, NULL);
  const char *dates[] = { "2003", "2014-03", "2024-10-08" };

  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (dates));
  for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < events->len && !found; i++)
        found = field_contains (events->pdata[i], "date", dates[k]);
      if (!found)
        g_test_message ("no event of %s", dates[k]);
      g_assert_true (found);
    }
  g_assert_cmpuint (none->len, ==, 0);
}

/* A visit told in passing by one traveller ("when X visited Lima on 2
 * February", "led a delegation to Lima in January") is an event of its
 * own, with the host the sentence names */
static void
test_passing_visit_of_one_traveller (void)
{
  const char *text =
    "Leaders meet in Lima\n\n"
    "LIMA, 14 March 2024 (Andes Wire) - Peruvian President Dina Boluarte held talks with "
    "Chilean President Gabriel Boric in Lima on Wednesday on trade and migration.\n\n"
    "When Colombian President Gustavo Petro visited Lima on 2 February, Boluarte told him "
    "that the border would stay open.\n\n"
    "Ecuadorian Foreign Minister Gabriela Sommerfeld led a delegation to Lima in January to "
    "prepare a border commission.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean petro = FALSE, delegation = FALSE;

  g_assert_cmpuint (events->len, ==, 3);
  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *e = events->pdata[i];

      if (field_contains (e, "date", "2024-02-02"))
        {
          petro = TRUE;
          assert_field (e, "type", "visit");
          assert_field (e, "location", "Lima");
          assert_field (e, "countries", "CO; PE");
          g_assert_true (field_contains (e, "participants", "Gustavo Petro"));
          g_assert_true (field_contains (e, "participants", "Dina Boluarte"));
        }
      if (field_contains (e, "date", "2024-01"))
        {
          delegation = TRUE;
          assert_field (e, "type", "visit");
          assert_field (e, "location", "Lima");
          assert_field (e, "participants", "Gabriela Sommerfeld");
        }
    }
  g_assert_true (petro);
  g_assert_true (delegation);
}

static void
test_visit_since_a_named_leader (void)
{
  const char *text =
    "State visit\n\n"
    "WASHINGTON, 23 May 2024 (Potomac Wire) - Kenyan President William Ruto held talks with US "
    "President Joe Biden at the White House on Thursday, the first state visit by an African "
    "leader to Washington since Ghana's John Kufuor in 2008.\n\n"
    "Ruto is the first head of government to visit since Biden began a tour of Asia in 2023.\n";
  g_autoptr(GPtrArray) events = extract (text, NULL);
  gboolean earlier = FALSE;

  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2008"))
      {
        earlier = TRUE;
        assert_field (events->pdata[i], "type", "visit");
        assert_field (events->pdata[i], "participants", "John Kufuor");
      }
  g_assert_true (earlier);
}

/* "took place in the same city": an older round told in passing was held
 * where the report's own talks are */
static void
test_earlier_round_in_the_same_city (void)
{
  const char *text =
    "Talks resume\n"
    "\n"
    "KHARTOUM, June 14 (Nile Wire) - Sudanese and South Sudanese delegations held their first "
    "direct talks in two years in Addis Ababa on Friday, agreeing to reopen the border "
    "crossings.\n"
    "\n"
    "The talks were opened by Ethiopian Foreign Minister Taye Atske Selassie. Sudan's delegation "
    "was led by Foreign Minister Ali Youssef. The last direct talks between the two delegations "
    "took place in the same city in May 2022, before the fighting resumed.\n";
  g_autoptr(GPtrArray) events = extract (text, "2024-06-14");
  gboolean earlier = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "2022-05"))
      {
        assert_field (events->pdata[i], "location", "Addis Ababa");
        earlier = TRUE;
      }
  g_assert_true (earlier);
}

/* "the first state visit to Ottawa since X in 1996": the earlier visit
 * came to the same city */
static void
test_visit_since_to_a_city (void)
{
  const char *text =
    "OTTAWA, May 9 (Maple Wire) - Prime Minister Mark Carney hosted Kenyan President William "
    "Ruto on Thursday for the first state visit by an African leader to Ottawa since South "
    "Africa's Nelson Mandela in 1998.\n";
  g_autoptr(GPtrArray) events = extract (text, "2025-05-09");
  gboolean earlier = FALSE;

  for (guint i = 0; i < events->len; i++)
    if (field_contains (events->pdata[i], "date", "1998"))
      {
        assert_field (events->pdata[i], "location", "Ottawa");
        earlier = TRUE;
      }
  g_assert_true (earlier);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  extractor = ch_extractor_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/core/extract/third-country-dateline", test_third_country_dateline);
  g_test_add_func ("/core/extract/surname-of-one-listed-person", test_surname_of_one_listed_person);
  g_test_add_func ("/core/extract/official-full-name", test_official_full_name);
  g_test_add_func ("/core/extract/untitled-signatories-initials", test_untitled_signatories_and_initials);
  g_test_add_func ("/core/extract/unqualified-office-dateline", test_unqualified_office_of_the_dateline_country);
  g_test_add_func ("/core/extract/companions-after-relative-clause", test_companions_after_a_relative_clause);
  g_test_add_func ("/core/extract/the-king-in-lower-case", test_the_king_in_lower_case);
  g_test_add_func ("/core/extract/shared-surname-first-bearer", test_shared_surname_names_the_first_bearer);
  g_test_add_func ("/core/extract/relative-without-date", test_relative_without_document_date);
  g_test_add_func ("/core/extract/phone-call", test_phone_call);
  g_test_add_func ("/core/extract/agreement", test_agreement);
  g_test_add_func ("/core/extract/mediation-talks", test_mediation_talks);
  g_test_add_func ("/core/extract/negotiation", test_negotiation);
  g_test_add_func ("/core/extract/future-visit", test_future_visit_is_no_event);
  g_test_add_func ("/core/extract/no-interaction", test_no_interaction);
  g_test_add_func ("/core/extract/page-furniture", test_page_furniture);
  g_test_add_func ("/core/extract/older-event", test_older_event_in_passing);
  g_test_add_func ("/core/extract/entities", test_entities);
  g_test_add_func ("/core/extract/metadata-lines", test_metadata_lines);
  g_test_add_func ("/core/extract/publication-line", test_publication_line_and_capital);
  g_test_add_func ("/core/extract/consolidate", test_consolidate);
  g_test_add_func ("/core/extract/consolidate-subjects", test_consolidate_subjects_of_every_report);
  g_test_add_func ("/core/extract/threads", test_threads);
  g_test_add_func ("/core/extract/long-sentence", test_long_sentence);
  g_test_add_func ("/core/extract/only-names", test_only_names);
  g_test_add_func ("/core/extract/many-entities", test_many_entities);
  g_test_add_func ("/core/extract/other-scripts", test_other_scripts);
  g_test_add_func ("/core/extract/dateline-date", test_dateline_date_not_event_date);
  g_test_add_func ("/core/extract/signatories", test_signatories_and_witnesses);
  g_test_add_func ("/core/extract/looking-on", test_witness_looking_on);
  g_test_add_func ("/core/extract/trip-to", test_trip_to);
  g_test_add_func ("/core/extract/paired-counterparts", test_paired_counterparts);
  g_test_add_func ("/core/extract/expected-meeting-is-a-plan", test_expected_meeting_is_a_plan);
  g_test_add_func ("/core/extract/first-since-this-week", test_first_since_this_week_and_subject_country);
  g_test_add_func ("/core/extract/plural-title", test_plural_title_list);
  g_test_add_func ("/core/extract/venue-in-passing", test_venue_in_passing);
  g_test_add_func ("/core/extract/future-traveller", test_future_traveller);
  g_test_add_func ("/core/extract/date-nearest-cue", test_date_nearest_cue);
  g_test_add_func ("/core/extract/received-things", test_received_things_and_ahead_of);
  g_test_add_func ("/core/extract/received-someone", test_received_someone);
  g_test_add_func ("/core/extract/signed-during-meeting", test_signed_during_meeting);
  g_test_add_func ("/core/extract/topic-exclude", test_topic_exclude_phrase);
  g_test_add_func ("/core/extract/venue-outside-city", test_venue_outside_dateline_city);
  g_test_add_func ("/core/extract/by-agent", test_by_agent);
  g_test_add_func ("/core/extract/visit-then-signing", test_visit_then_signing);
  g_test_add_func ("/core/extract/first-since", test_first_since);
  g_test_add_func ("/core/extract/topic-place-name", test_topic_in_place_name);
  g_test_add_func ("/core/extract/town-of-city", test_town_of_city);
  g_test_add_func ("/core/extract/organization-topic", test_organization_topic);
  g_test_add_func ("/core/extract/after-the-talks", test_after_the_talks);
  g_test_add_func ("/core/extract/topics-from-talks-only", test_topics_from_the_talks_only);
  g_test_add_func ("/core/extract/topics-not-from-the-past", test_topics_not_from_the_past);
  g_test_add_func ("/core/extract/topics-after-relationship-clause", test_topics_after_relationship_clause);
  g_test_add_func ("/core/extract/topics-bystanders", test_topics_not_from_bystanders);
  g_test_add_func ("/core/extract/topic-inside-body-name", test_topic_inside_body_name);
  g_test_add_func ("/core/extract/topics-of-the-signed-text", test_topics_of_the_signed_text);
  g_test_add_func ("/core/extract/military-in-passing", test_military_in_passing);
  g_test_add_func ("/core/extract/plan-after-report", test_plan_after_report);
  g_test_add_func ("/core/extract/signed-statements", test_signed_statements);
  g_test_add_func ("/core/extract/also-met", test_also_met_on_sidelines);
  g_test_add_func ("/core/extract/date-after-clause", test_date_after_clause);
  g_test_add_func ("/core/extract/telephone-links", test_telephone_links_not_call);
  g_test_add_func ("/core/extract/appointees", test_appointees_not_participants);
  g_test_add_func ("/core/extract/from-to-span", test_from_to_span_not_location);
  g_test_add_func ("/core/extract/from-to-journey", test_from_to_journey_location);
  g_test_add_func ("/core/extract/international-official", test_international_official_no_side);
  g_test_add_func ("/core/extract/known-given-name", test_known_person_by_given_name);
  g_test_add_func ("/core/extract/possessive-tie", test_possessive_tie_not_participant);
  g_test_add_func ("/core/extract/city-of-given-country", test_city_of_given_country);
  g_test_add_func ("/core/extract/after-report-date", test_no_event_after_report_date);
  g_test_add_func ("/core/extract/host-greeted", test_host_greeted_visitor);
  g_test_add_func ("/core/extract/other-day-clause", test_other_day_clause_not_dating);
  g_test_add_func ("/core/extract/return-clause", test_return_clause);
  g_test_add_func ("/core/extract/flying-home-date", test_flying_home_date);
  g_test_add_func ("/core/extract/signing-in-relative", test_signing_in_relative_clause);
  g_test_add_func ("/core/extract/meet-needs", test_meet_needs_is_no_meeting);
  g_test_add_func ("/core/extract/infinitive-plan", test_infinitive_is_plan);
  g_test_add_func ("/core/extract/reference-back", test_reference_back_and_concluded);
  g_test_add_func ("/core/extract/adopted-declaration", test_adopted_declaration);
  g_test_add_func ("/core/extract/topics-from-talks", test_topics_only_from_the_talks);
  g_test_add_func ("/core/extract/discussion-after-signing", test_discussion_after_signing);
  g_test_add_func ("/core/extract/signatories-told-later", test_signatories_and_companions_told_later);
  g_test_add_func ("/core/extract/received-by-host", test_received_by_host);
  g_test_add_func ("/core/extract/old-agreement-people", test_old_agreement_not_by_todays_people);
  g_test_add_func ("/core/extract/country-name-before-title", test_country_name_before_title);
  g_test_add_func ("/core/extract/lede-city", test_lede_city_before_event);
  g_test_add_func ("/core/extract/signing-beside-visit", test_signing_beside_visit);
  g_test_add_func ("/core/extract/occasion-talks-signing", test_occasion_talks_and_signing);
  g_test_add_func ("/core/extract/planned-signing", test_planned_signing_called_off);
  g_test_add_func ("/core/extract/meeting-noun-plan", test_meeting_noun_planned_or_general);
  g_test_add_func ("/core/extract/occasion-day", test_occasion_shares_its_day);
  g_test_add_func ("/core/extract/pact-named-by-year", test_pact_named_by_year);
  g_test_add_func ("/core/extract/capital-as-counterpart", test_capital_as_counterpart);
  g_test_add_func ("/core/extract/past-visit-and-signing", test_past_visit_and_signing);
  g_test_add_func ("/core/extract/earlier-occasion", test_earlier_occasion_by_reference);
  g_test_add_func ("/core/extract/commentators-bystanders", test_commentators_and_bystanders);
  g_test_add_func ("/core/extract/journey-other-day", test_journey_of_another_day);
  g_test_add_func ("/core/extract/lower-case-roles", test_lower_case_roles);
  g_test_add_func ("/core/extract/several-past-occasions", test_several_past_occasions);
  g_test_add_func ("/core/extract/passing-visit-visitor", test_passing_visit_names_its_visitor);
  g_test_add_func ("/core/extract/previous-day-of-report", test_previous_day_of_the_report);
  g_test_add_func ("/core/extract/passing-visit-host", test_passing_visit_host_country);
  g_test_add_func ("/core/extract/date-of-a-happening", test_date_of_a_happening);
  g_test_add_func ("/core/extract/month-day-last-year", test_month_day_last_year);
  g_test_add_func ("/core/extract/visited-city-and", test_visited_city_and_more);
  g_test_add_func ("/core/extract/portfolio-rank", test_portfolio_and_rank_after_title);
  g_test_add_func ("/core/extract/lower-case-role-apposition", test_lower_case_role_apposition);
  g_test_add_func ("/core/extract/office-comma-apposition", test_office_comma_apposition);
  g_test_add_func ("/core/extract/pronoun-subject-pair-witness", test_pronoun_subject_and_pair_witness);
  g_test_add_func ("/core/extract/background-sides", test_background_sides_from_own_sentence);
  g_test_add_func ("/core/extract/measured-against", test_person_measured_against);
  g_test_add_func ("/core/extract/hosted-by", test_person_hosted_by);
  g_test_add_func ("/core/extract/side-leader", test_side_leader_reference);
  g_test_add_func ("/core/extract/hyphenated-given-name", test_hyphenated_given_name);
  g_test_add_func ("/core/extract/project-site-speaker-city", test_project_site_and_speaker_city);
  g_test_add_func ("/core/extract/residence-in-apposition", test_residence_in_apposition);
  g_test_add_func ("/core/extract/deals-signed-by-companies", test_deals_signed_by_companies);
  g_test_add_func ("/core/extract/digraph-initial", test_digraph_initial);
  g_test_add_func ("/core/extract/people-of-another-time", test_people_of_another_time);
  g_test_add_func ("/core/extract/aside-of-the-subject", test_aside_of_the_subject);
  g_test_add_func ("/core/extract/spokesman-sentence-before", test_spokesman_of_the_sentence_before);
  g_test_add_func ("/core/extract/arrangement-signed", test_arrangement_signed);
  g_test_add_func ("/core/extract/nickname-inside-name", test_nickname_inside_name);
  g_test_add_func ("/core/extract/listed-full-arabic-name", test_listed_full_arabic_name);
  g_test_add_func ("/core/extract/possessive-adviser", test_possessive_adviser);
  g_test_add_func ("/core/extract/leaders-witness-signing", test_leaders_witness_signing);
  g_test_add_func ("/core/extract/signatories-office-comma", test_signatories_after_office_and_comma);
  g_test_add_func ("/core/extract/signing-watched-by", test_signing_watched_by);
  g_test_add_func ("/core/extract/named-pair-watched-signing", test_named_pair_watched_signing);
  g_test_add_func ("/core/extract/companions-after-dated-aside", test_companions_after_dated_aside);
  g_test_add_func ("/core/extract/organisation-chief-no-side", test_organisation_chief_no_side);
  g_test_add_func ("/core/extract/delegation-heads", test_delegation_heads_and_spokesman);
  g_test_add_func ("/core/extract/count-refers-to-list", test_count_refers_to_listed_countries);
  g_test_add_func ("/core/extract/signing-of-documents", test_signing_of_documents);
  g_test_add_func ("/core/extract/commentator-after-signing", test_commentator_after_signing);
  g_test_add_func ("/core/extract/consolidate-same-kind-first", test_consolidate_same_kind_first);
  g_test_add_func ("/core/extract/held-a-summit", test_held_a_summit);
  g_test_add_func ("/core/extract/topics-plurals", test_topics_plural_forms);
  g_test_add_func ("/core/extract/topics-wars-borders-credit", test_topics_wars_borders_credit);
  g_test_add_func ("/core/extract/topics-strikes-grain-peaceful-uses", test_topics_strikes_grain_peaceful_uses);
  g_test_add_func ("/core/extract/topics-extradition-aviation-hydrogen", test_topics_extradition_aviation_hydrogen);
  g_test_add_func ("/core/extract/topics-standing-facts", test_topics_standing_facts);
  g_test_add_func ("/core/extract/topics-named-gathering", test_topics_named_gathering);
  g_test_add_func ("/core/extract/topics-ranked-among-others", test_topics_ranked_among_others);
  g_test_add_func ("/core/extract/topics-text-described", test_topics_text_described_not_commented);
  g_test_add_func ("/core/extract/topics-told-plenary", test_topics_told_plenary_or_forum);
  g_test_add_func ("/core/extract/topics-gathering-agenda", test_topics_gathering_agenda);
  g_test_add_func ("/core/extract/topics-discussed-beside-signing", test_topics_discussed_beside_signing);
  g_test_add_func ("/core/extract/topics-body-naming-gathering", test_topics_body_naming_gathering);
  g_test_add_func ("/core/extract/topics-course-of-relations", test_topics_course_of_relations);
  g_test_add_func ("/core/extract/topics-lede-not-older-event", test_topics_lede_not_given_to_older_event);
  g_test_add_func ("/core/extract/topics-texts-described", test_topics_texts_described_after_signing);
  g_test_add_func ("/core/extract/topics-forces-training-mediators", test_topics_forces_training_mediators);
  g_test_add_func ("/core/extract/topics-security-staff", test_topics_security_staff);
  g_test_add_func ("/core/extract/organizations-from-the-talks-only", test_organizations_from_the_talks_only);
  g_test_add_func ("/core/extract/topics-training-sugar-missile-tests", test_topics_training_sugar_missile_tests);
  g_test_add_func ("/core/extract/topics-names-dates", test_topics_not_from_names_and_dates);
  g_test_add_func ("/core/extract/topics-genre-phrases", test_topics_phrases_of_the_genre);
  g_test_add_func ("/core/extract/topics-first-since", test_topics_first_since);
  g_test_add_func ("/core/extract/topics-clauses-of-time", test_topics_not_from_clauses_of_time);
  g_test_add_func ("/core/extract/topics-titles", test_topics_not_from_titles);
  g_test_add_func ("/core/extract/topics-scene", test_topics_not_from_the_scene);
  g_test_add_func ("/core/extract/topics-trafficking-dams", test_topics_trafficking_and_dams);
  g_test_add_func ("/core/extract/topics-undertaking", test_topics_of_a_sides_undertaking);
  g_test_add_func ("/core/extract/topics-weapons-groupings", test_topics_weapons_and_groupings);
  g_test_add_func ("/core/extract/topics-pair-just-told", test_topics_of_the_pair_just_told);
  g_test_add_func ("/core/extract/topics-constitution", test_topics_constitution);
  g_test_add_func ("/core/extract/topics-security-stability", test_topics_security_and_stability);
  g_test_add_func ("/core/extract/topics-gathering", test_topics_not_from_the_gathering);
  g_test_add_func ("/core/extract/topics-persons-past", test_topics_not_from_a_persons_past);
  g_test_add_func ("/core/extract/topics-under-former", test_topics_under_a_former_leader);
  g_test_add_func ("/core/extract/topics-speech", test_topics_not_from_a_speech);
  g_test_add_func ("/core/extract/topics-third-parties", test_topics_not_from_third_parties);
  g_test_add_func ("/core/extract/topics-broad-words", test_topics_broad_words);
  g_test_add_func ("/core/extract/topics-byline", test_topics_not_from_the_byline);
  g_test_add_func ("/core/extract/topics-they-deals", test_topics_they_are_the_deals);
  g_test_add_func ("/core/extract/dateline-with-country", test_dateline_with_country);
  g_test_add_func ("/core/extract/first-by-anyone-since", test_first_by_anyone_since);
  g_test_add_func ("/core/extract/spoke-together", test_spoke_together);
  g_test_add_func ("/core/extract/byline-date-and-stay", test_byline_date_and_stay);
  g_test_add_func ("/core/extract/city-state-after-the", test_city_state_after_the);
  g_test_add_func ("/core/extract/dateline-below-standfirst", test_dateline_below_standfirst);
  g_test_add_func ("/core/extract/dateline-below-short-name-headline", test_dateline_below_short_name_headline);
  g_test_add_func ("/core/extract/city-then-and-verb", test_city_then_and_verb);
  g_test_add_func ("/core/extract/reaction-city-not-place", test_reaction_city_not_place);
  g_test_add_func ("/core/extract/earlier-talks-of-the-trip", test_earlier_talks_of_the_trip);
  g_test_add_func ("/core/extract/unnamed-contact-of-a-year", test_unnamed_contact_of_a_year);
  g_test_add_func ("/core/extract/business-leaders-are-no-side", test_business_leaders_are_no_side);
  g_test_add_func ("/core/extract/bare-talks-with-a-modal", test_bare_talks_with_a_modal);
  g_test_add_func ("/core/extract/second-host-by-own-verb", test_second_host_by_own_verb);
  g_test_add_func ("/core/extract/counterparts-met-one-by-one", test_counterparts_met_one_by_one);
  g_test_add_func ("/core/extract/role-of-a-counterpart", test_role_of_a_counterpart);
  g_test_add_func ("/core/extract/palace-venues", test_palace_venues);
  g_test_add_func ("/core/extract/count-of-visits-since", test_count_of_visits_since);
  g_test_add_func ("/core/extract/dateline-capitals-beyond-ascii", test_dateline_capitals_beyond_ascii);
  g_test_add_func ("/core/extract/spokeswoman-for-a-leader", test_spokeswoman_for_a_leader);
  g_test_add_func ("/core/extract/plural-title-before-names", test_plural_title_before_names);
  g_test_add_func ("/core/extract/label-headline", test_label_headline_is_no_dateline);
  g_test_add_func ("/core/extract/units-after-titles-are-nobody", test_units_after_titles_are_nobody);
  g_test_add_func ("/core/extract/comrade-and-middle-name", test_comrade_and_middle_name);
  g_test_add_func ("/core/extract/signing-after-background", test_signing_after_background);
  g_test_add_func ("/core/extract/then-signed-second-text", test_then_signed_second_text);
  g_test_add_func ("/core/extract/second-text-without-verb", test_second_text_without_verb);
  g_test_add_func ("/core/extract/second-host-of-the-trip", test_second_host_of_the_trip);
  g_test_add_func ("/core/extract/talks-beside-signing", test_talks_beside_signing);
  g_test_add_func ("/core/extract/city-as-the-report-spells-it", test_city_as_the_report_spells_it);
  g_test_add_func ("/core/extract/sides-named-by-office-and-country", test_sides_named_by_office_and_country);
  g_test_add_func ("/core/extract/heads-of-bodies", test_heads_of_bodies);
  g_test_add_func ("/core/extract/later-hour-pronoun-subject", test_later_hour_pronoun_subject);
  g_test_add_func ("/core/extract/member-states-of-a-group", test_member_states_of_a_group);
  g_test_add_func ("/core/extract/honorific-office-and-office-of-a-thing", test_honorific_office_and_office_of_a_thing);
  g_test_add_func ("/core/extract/given-name-forms", test_given_name_forms);
  g_test_add_func ("/core/extract/attribution-is-no-place", test_attribution_is_no_place);
  g_test_add_func ("/core/extract/plan-fallen-through-gives-no-place", test_plan_fallen_through_gives_no_place);
  g_test_add_func ("/core/extract/earlier-trip-does-not-place-visit", test_earlier_trip_does_not_place_visit);
  g_test_add_func ("/core/extract/capital-as-government-gives-way", test_capital_as_government_gives_way);
  g_test_add_func ("/core/extract/province-is-no-city", test_province_is_no_city);
  g_test_add_func ("/core/extract/third-country-venue-named-with-country", test_third_country_venue_named_with_country);
  g_test_add_func ("/core/extract/negotiations-not-held", test_negotiations_not_held);
  g_test_add_func ("/core/extract/journey-to-meet-and-courtesy-call", test_journey_to_meet_and_courtesy_call);
  g_test_add_func ("/core/extract/relative-clause-date-is-not-the-event-s", test_relative_clause_date_is_not_the_event_s);
  g_test_add_func ("/core/extract/passing-journeys-and-ceremonies", test_passing_journeys_and_ceremonies);
  g_test_add_func ("/core/extract/venue-and-border-town", test_venue_and_border_town);
  g_test_add_func ("/core/extract/visit-since-to-a-city", test_visit_since_to_a_city);
  g_test_add_func ("/core/extract/signatory-after-possessive-country", test_signatory_after_possessive_country);
  g_test_add_func ("/core/extract/place-of-the-talks-clause", test_place_of_the_talks_clause);
  g_test_add_func ("/core/extract/signing-by-video-link-has-no-place", test_signing_by_video_link_has_no_place);
  g_test_add_func ("/core/extract/events-that-did-not-happen", test_events_that_did_not_happen);
  g_test_add_func ("/core/extract/pacts-in-the-plural-and-notes", test_pacts_in_the_plural_and_notes);
  g_test_add_func ("/core/extract/consolidate-name-order", test_consolidate_name_order);
  g_test_add_func ("/core/extract/family-name-first", test_family_name_first);
  g_test_add_func ("/core/extract/also-signed-a-second-text", test_also_signed_a_second_text);
  g_test_add_func ("/core/extract/place-from-the-event-s-own-sentences", test_place_from_the_event_s_own_sentences);
  g_test_add_func ("/core/extract/listed-places-are-no-sides", test_listed_places_are_no_sides);
  g_test_add_func ("/core/extract/venue-of-the-event-s-own-sentence", test_venue_of_the_event_s_own_sentence);
  g_test_add_func ("/core/extract/visit-since-a-named-leader", test_visit_since_a_named_leader);
  g_test_add_func ("/core/extract/pacts-told-in-passing", test_pacts_told_in_passing);
  g_test_add_func ("/core/extract/passing-visit-of-one-traveller", test_passing_visit_of_one_traveller);
  g_test_add_func ("/core/extract/host-of-the-ceremony", test_host_of_the_ceremony);
  g_test_add_func ("/core/extract/earlier-round-in-the-same-city", test_earlier_round_in_the_same_city);

  ret = g_test_run ();
  g_clear_object (&extractor);
  return ret;
}
