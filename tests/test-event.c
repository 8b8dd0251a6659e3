/* test-event.c: ChEvent fields, ChDay and the corpus list model
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-corpus.h"
#include "ch-event.h"
#include "ch-event-private.h"

#include <string.h>

static void
test_day_parse_format (void)
{
  static const struct {
    const char *text;
    gboolean ok;
    ChDatePrecision precision;
  } cases[] = {
    { "2025-04-06", TRUE, CH_DATE_PRECISION_DAY },
    { "2023-02", TRUE, CH_DATE_PRECISION_MONTH },
    { "2021", TRUE, CH_DATE_PRECISION_YEAR },
    { "2023-02-29", FALSE, 0 },
    { "2024-02-29", TRUE, CH_DATE_PRECISION_DAY },
    { "2024-13", FALSE, 0 },
    { "202", FALSE, 0 },
    { "2024-1-05", FALSE, 0 },
    { "abcd", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChDay day = { 0 };
      gboolean ok = ch_day_parse_iso (cases[i].text, &day);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_autofree char *back = ch_day_format (&day);

          g_assert_cmpint (ch_day_get_precision (&day), ==, cases[i].precision);
          g_assert_cmpstr (back, ==, cases[i].text);
        }
    }
}

/* ch_event_new_with_fields() gives the event that the setters and
 * ch_event_compute_id() give, cell by cell */
static void
test_event_with_fields (void)
{
  const char *participants[] = { "Valentina Matvienko", "Yousaf Raza Gilani", NULL };
  const char *roles[] = { "Chairperson of the Federation Council", "", NULL };
  const char *mentions[] = { "Matvienko", "Gilani", NULL };
  const char *countries[] = { "RU", "PK", "RU", "", NULL };
  const char *organizations[] = { "United Nations", NULL };
  const char *topics[] = { "trade", "energy", "trade", NULL };
  const char *sources[] = { "dir/a.txt", NULL };
  const char *empty[] = { NULL };
  ChDay date = { 2025, 5, 13 };
  g_autoptr(ChDocument) document = ch_document_new ("dir/a.txt", "A title", "They met in Moscow.");
  g_autoptr(ChEvent) by_setters = ch_event_new ();
  g_autoptr(ChEvent) at_once = NULL;
  ChEventFields fields = {
    .type = CH_EVENT_TYPE_VISIT,
    .date = date,
    .date_text = "13 May",
    .location = "Moscow",
    .location_country = "RU",
    .venue = NULL,
    .occasion = "summit",
    .participants = participants,
    .roles = roles,
    .mentions = mentions,
    .countries = countries,
    .organizations = organizations,
    .topics = topics,
    .sources = sources,
    .source_title = "A title",
    .evidence = g_strdup ("They met in Moscow."),
    .evidence_start = 0,
    .evidence_end = 19,
    .dateline = "MOSCOW, May 13",
    .document = document,
    .reports = 1,
    .confidence = 1.5,
  };
  const char * const *names = ch_event_get_field_names ();

  ch_event_set_event_type (by_setters, CH_EVENT_TYPE_VISIT);
  ch_event_set_date (by_setters, &date);
  ch_event_set_date_text (by_setters, "13 May");
  ch_event_set_location (by_setters, "Moscow");
  ch_event_set_location_country (by_setters, "RU");
  ch_event_set_venue (by_setters, NULL);
  ch_event_set_occasion (by_setters, "summit");
  ch_event_set_mentions (by_setters, mentions);
  ch_event_set_participants (by_setters, participants, roles);
  ch_event_set_countries (by_setters, countries);
  ch_event_set_organizations (by_setters, organizations);
  ch_event_set_topics (by_setters, topics);
  ch_event_set_sources (by_setters, sources);
  ch_event_set_source_title (by_setters, "A title");
  ch_event_set_evidence (by_setters, "They met in Moscow.", 0, 19);
  ch_event_set_dateline (by_setters, "MOSCOW, May 13");
  ch_event_set_document (by_setters, document);
  ch_event_set_reports (by_setters, 1);
  ch_event_set_confidence (by_setters, 1.5);
  ch_event_compute_id (by_setters);

  at_once = ch_event_new_with_fields (&fields);
  g_assert_nonnull (at_once);
  /* the evidence was taken */
  g_assert_null (fields.evidence);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *a = ch_event_dup_field (by_setters, names[i]);
      g_autofree char *b = ch_event_dup_field (at_once, names[i]);

      g_assert_cmpstr (b, ==, a);
    }
  g_assert_cmpstr (ch_event_get_event_id (at_once), ==, ch_event_get_event_id (by_setters));
  g_assert_true (ch_event_get_document (at_once) == document);
  g_assert_true (g_strv_equal ((const char * const *) ch_event_get_mentions (at_once), mentions));
  g_assert_cmpuint (ch_event_get_evidence_start (at_once), ==, 0);
  g_assert_cmpuint (ch_event_get_evidence_end (at_once), ==, 19);
  g_assert_cmpint (ch_event_compare (at_once, by_setters), ==, 0);
  g_assert_cmpfloat (ch_event_get_confidence (at_once), ==, 1.0);
  g_assert_null (ch_event_get_venue (at_once));

  /* empty lists are empty lists */
  {
    ChEventFields none = { .type = CH_EVENT_TYPE_MEETING, .participants = empty, .reports = 1 };
    g_autoptr(ChEvent) bare = ch_event_new_with_fields (&none);

    g_assert_cmpuint (g_strv_length ((char **) ch_event_get_participants (bare)), ==, 0);
    g_assert_cmpuint (g_strv_length ((char **) ch_event_get_topics (bare)), ==, 0);
    g_assert_null (ch_event_get_evidence (bare));
    g_assert_cmpuint (ch_event_get_date (bare)->year, ==, 0);
  }
}

static void
test_day_sort_key (void)
{
  ChDay unknown = { 0 };
  ChDay year = { 2023, 0, 0 };
  ChDay month = { 2023, 2, 0 };
  ChDay day = { 2023, 2, 14 };
  ChDay later = { 2024, 1, 1 };

  g_assert_cmpuint (ch_day_sort_key (&year), <, ch_day_sort_key (&month));
  g_assert_cmpuint (ch_day_sort_key (&month), <, ch_day_sort_key (&day));
  g_assert_cmpuint (ch_day_sort_key (&day), <, ch_day_sort_key (&later));
  g_assert_cmpuint (ch_day_sort_key (&later), <, ch_day_sort_key (&unknown));
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_event_fields (void)
{
  g_autoptr(ChEvent) event = ch_event_new ();
  const char *participants[] = { "Valentina Matvienko", "Yousaf Raza Gilani", NULL };
  const char *roles[] = { "Chairperson of the Federation Council", "Chairman of the Senate", NULL };
  const char *countries[] = { "RU", "PK", "RU", NULL };
  const char *topics[] = { "trade", "energy", "", "peace", NULL };
  const char *sources[] = { "a.txt", "b.html", NULL };
  ChDay date = { 2025, 5, 13 };
  const char * const *names = ch_event_get_field_names ();
  guint notified = 0;

  g_signal_connect (event, "notify::countries", G_CALLBACK (notify_count_cb), &notified);

  ch_event_set_date (event, &date);
  ch_event_set_event_type (event, CH_EVENT_TYPE_VISIT);
  ch_event_set_participants (event, participants, roles);
  ch_event_set_countries (event, countries);
  ch_event_set_countries (event, countries);
  ch_event_set_topics (event, topics);
  ch_event_set_sources (event, sources);
  ch_event_set_location (event, "Moscow");
  ch_event_set_confidence (event, 0.875);
  ch_event_set_evidence (event, "They met.", 10, 19);

  /* Setting the same countries twice notifies once. */
  g_assert_cmpuint (notified, ==, 1);

  g_assert_cmpuint (g_strv_length ((char **) names), ==, 21);
  g_assert_cmpstr (names[0], ==, "event_id");
  g_assert_cmpstr (names[20], ==, "reports");

#define CHECK_FIELD(field, expected) \
  G_STMT_START { \
    g_autofree char *v = ch_event_dup_field (event, field); \
    g_assert_cmpstr (v, ==, expected); \
  } G_STMT_END
  CHECK_FIELD ("date", "2025-05-13");
  CHECK_FIELD ("date_precision", "day");
  CHECK_FIELD ("type", "visit");
  CHECK_FIELD ("cameo", "042");
  CHECK_FIELD ("participants", "Valentina Matvienko; Yousaf Raza Gilani");
  CHECK_FIELD ("roles", "Chairperson of the Federation Council; Chairman of the Senate");
  CHECK_FIELD ("countries", "PK; RU");
  CHECK_FIELD ("topics", "energy; peace; trade");
  CHECK_FIELD ("source", "a.txt; b.html");
  CHECK_FIELD ("location", "Moscow");
  CHECK_FIELD ("venue", "");
  CHECK_FIELD ("confidence", "0.88");
  CHECK_FIELD ("reports", "1");
#undef CHECK_FIELD
  g_assert_null (ch_event_dup_field (event, "no_such_column"));

  /* Properties mirror the fields. */
  {
    g_autofree char *countries_prop = NULL;
    g_autofree char *cameo = NULL;
    guint key = 0;

    g_object_get (event, "countries", &countries_prop, "cameo", &cameo,
                  "date-sort-key", &key, NULL);
    g_assert_cmpstr (countries_prop, ==, "PK; RU");
    g_assert_cmpstr (cameo, ==, "042");
    g_assert_cmpuint (key, ==, 20250513);
  }

  /* The id depends on source and offsets only, and is stable. */
  ch_event_compute_id (event);
  {
    g_autofree char *first = g_strdup (ch_event_get_event_id (event));

    g_assert_cmpuint (strlen (first), ==, 16);
    ch_event_set_location (event, "Tashkent");
    ch_event_compute_id (event);
    g_assert_cmpstr (first, ==, ch_event_get_event_id (event));
    ch_event_set_evidence (event, "They met.", 11, 20);
    ch_event_compute_id (event);
    g_assert_cmpstr (first, !=, ch_event_get_event_id (event));
  }
}

/* The id is the first 16 hex digits of the SHA-256 of "source:start:end"
 * (the CSV of earlier versions keeps its ids): checked against GChecksum
 * for sources around every padding boundary of a 64-byte block. */
static void
test_event_id_sha256 (void)
{
  g_autoptr(ChEvent) event = ch_event_new ();

  for (guint len = 0; len < 200; len++)
    {
      g_autofree char *source = g_strnfill (len, 'a' + len % 26);
      const char *sources[] = { source, NULL };
      guint start = len * 7919 % 100000, end = start + len * 13;
      g_autofree char *message = g_strdup_printf ("%s:%u:%u", source, start, end);
      g_autofree char *expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, message, -1);

      ch_event_set_sources (event, len == 0 ? NULL : sources);
      ch_event_set_evidence (event, "x", start, end);
      ch_event_compute_id (event);
      expected[16] = '\0';
      g_assert_cmpstr (ch_event_get_event_id (event), ==, expected);
    }
}

static void
test_event_compare (void)
{
  g_autoptr(ChEvent) a = ch_event_new ();
  g_autoptr(ChEvent) b = ch_event_new ();
  g_autoptr(ChEvent) c = ch_event_new ();
  const char *src_a[] = { "a.txt", NULL };
  const char *src_b[] = { "b.txt", NULL };
  ChDay d = { 2024, 3, 1 };

  ch_event_set_date (a, &d);
  ch_event_set_sources (a, src_b);
  ch_event_set_date (b, &d);
  ch_event_set_sources (b, src_a);
  ch_event_set_sources (c, src_a);

  g_assert_cmpint (ch_event_compare (b, a), <, 0);
  g_assert_cmpint (ch_event_compare (a, c), <, 0);
  g_assert_cmpint (ch_event_compare (c, b), >, 0);
  ch_event_set_evidence (a, "x", 5, 6);
  ch_event_set_sources (a, src_a);
  g_assert_cmpint (ch_event_compare (b, a), <, 0);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_corpus_batches (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint changes = 0;
  guint notifies = 0;

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (events, ch_event_new ());

  g_signal_connect (corpus, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (corpus, "notify::n-items", G_CALLBACK (notify_count_cb), &notifies);

  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1000);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (corpus)) == CH_TYPE_EVENT);
  g_assert_true (ch_corpus_get_event (corpus, 999) == g_ptr_array_index (events, 999));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (corpus), 1000));

  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, 10);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1010);

  ch_corpus_clear (corpus);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);

  g_ptr_array_set_size (events, 0);
  g_assert_finalize_object (g_steal_pointer (&corpus));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/day/parse-format", test_day_parse_format);
  g_test_add_func ("/core/day/sort-key", test_day_sort_key);
  g_test_add_func ("/core/event/fields", test_event_fields);
  g_test_add_func ("/core/event/with-fields", test_event_with_fields);
  g_test_add_func ("/core/event/id-sha256", test_event_id_sha256);
  g_test_add_func ("/core/event/compare", test_event_compare);
  g_test_add_func ("/core/corpus/batches", test_corpus_batches);

  return g_test_run ();
}
