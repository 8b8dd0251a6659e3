/* test-consolidate.c: one event per meeting, however many outlets report it
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports here are made by hand, each as one document's extractor
 * would give it, so that what is tested is how reports are joined by the
 * names of the people in them.
 */

#include "config.h"

#include <string.h>

#include "ch-consolidate.h"
#include "ch-extract.h"
#include "ch-gazetteer.h"

/* One report of @source: a meeting in @city on 12 March 2025 of the
 * people @first…, spelt as that outlet spells them */
static ChEvent *
report (const char *source,
        const char *city,
        const char *countries,
        const char *first,
        ...)
{
  ChEvent *event = ch_event_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_auto(GStrv) sides = g_strsplit (countries, " ", -1);
  const char *sources[] = { source, NULL };
  ChDay day = { 2025, 3, 12 };
  va_list args;

  va_start (args, first);
  for (const char *n = first; n != NULL; n = va_arg (args, const char *))
    g_ptr_array_add (names, (gpointer) n);
  va_end (args);
  g_ptr_array_add (names, NULL);

  ch_event_set_date (event, &day);
  ch_event_set_event_type (event, CH_EVENT_TYPE_MEETING);
  ch_event_set_location (event, city);
  ch_event_set_countries (event, (const char * const *) sides);
  ch_event_set_mentions (event, (const char * const *) names->pdata);
  ch_event_set_participants (event, (const char * const *) names->pdata, NULL);
  ch_event_set_sources (event, sources);
  ch_event_set_evidence (event, source, 0, 1);
  ch_event_set_confidence (event, 0.9);
  return event;
}

static ChEvent *
event_from (GPtrArray  *events,
            const char *source)
{
  for (guint i = 0; i < events->len; i++)
    if (g_strv_contains (ch_event_get_sources (events->pdata[i]), source))
      return events->pdata[i];
  g_assert_not_reached ();
  return NULL;
}

/* Two outlets, one naming the guest family name first: one meeting, and
 * its participants are the person's one canonical name */
static void
test_family_name_first (void)
{
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autofree char *participants = NULL;

  g_ptr_array_add (raw, report ("test://a", "Vilnius", "JP LT", "Hoshino Daisuke", "Rasa Petrauskiene", NULL));
  g_ptr_array_add (raw, report ("test://b", "Vilnius", "JP LT", "Daisuke Hoshino", NULL));
  g_ptr_array_add (raw, report ("test://c", "Vilnius", "JP LT", "Daisuke Hoshino", "Rasa Petrauskiene", NULL));
  merged = ch_consolidate (raw, aliases);

  g_assert_cmpuint (merged->len, ==, 1);
  g_assert_cmpuint (ch_event_get_reports (merged->pdata[0]), ==, 3);
  participants = ch_event_dup_field (merged->pdata[0], "participants");
  g_assert_cmpstr (participants, ==, "Daisuke Hoshino; Rasa Petrauskiene");
}

/* The user says the spelling told family name first is someone else:
 * then the reports naming only that spelling are another meeting, the
 * words of the two names being the same notwithstanding */
static void
test_split_name_order (void)
{
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) again = NULL;

  g_ptr_array_add (raw, report ("test://a", "Vilnius", "JP LT", "Hoshino Daisuke", NULL));
  g_ptr_array_add (raw, report ("test://b", "Vilnius", "JP LT", "Daisuke Hoshino", NULL));
  merged = ch_consolidate (raw, aliases);
  g_assert_cmpuint (merged->len, ==, 1);

  ch_aliases_split (aliases, "Hoshino Daisuke");
  again = ch_consolidate (raw, aliases);
  g_assert_cmpuint (again->len, ==, 2);
  g_assert_true (event_from (again, "test://a") != event_from (again, "test://b"));
  g_assert_cmpstr (ch_event_get_participants (event_from (again, "test://a"))[0], ==, "Hoshino Daisuke");
  g_assert_cmpstr (ch_event_get_participants (event_from (again, "test://b"))[0], ==, "Daisuke Hoshino");
}

/* Mother and son, father and daughter, brothers: a family name shared by
 * two people does not make their meetings one */
static void
test_shared_family_name (void)
{
  static const char *pairs[][2] = {
    { "Benazir Bhutto", "Bilawal Bhutto Zardari" },
    { "Nawaz Sharif", "Shehbaz Sharif" },
    { "Kim Jong Un", "Kim Yo Jong" },
    { "Lee Kuan Yew", "Lee Hsien Loong" },
    { "Hoshino Daisuke", "Hoshino Akiko" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(ChAliases) aliases = ch_aliases_new ();
      g_autoptr(GPtrArray) merged = NULL;

      g_test_message ("%s / %s", pairs[i][0], pairs[i][1]);
      g_ptr_array_add (raw, report ("test://a", "Geneva", "CH", pairs[i][0], NULL));
      g_ptr_array_add (raw, report ("test://b", "Geneva", "CH", pairs[i][1], NULL));
      merged = ch_consolidate (raw, aliases);
      g_assert_cmpuint (merged->len, ==, 2);
      g_assert_cmpstr (ch_event_get_participants (event_from (merged, "test://a"))[0], ==, pairs[i][0]);
      g_assert_cmpstr (ch_event_get_participants (event_from (merged, "test://b"))[0], ==, pairs[i][1]);
    }
}

/* A listed person the article names family name first: the document's
 * spelling reaches the aliases, which show it merged into the listed name
 * (and so can undo the merge) */
static void
test_extracted_family_name_first (void)
{
  const char *text =
    "Japan and Lithuania to widen research ties\n"
    "\n"
    "VILNIUS, 11 March 2025 (Baltic Desk) - Prime Minister Ishiba Shigeru met Lithuanian "
    "President Gitanas Nauseda in Vilnius on Tuesday and agreed to widen research ties.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ChExtractor) extractor = ch_extractor_new (&error);
  g_autoptr(ChDocument) document = ch_document_new ("test://ishiba", "Japan and Lithuania", text);
  g_autoptr(ChAliases) aliases = ch_aliases_new ();
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_auto(GStrv) spellings = NULL;
  ChDay day = { 2025, 3, 11 };

  g_assert_no_error (error);
  if (ch_gazetteer_lookup (ch_gazetteer_get_default (), CH_GAZ_PERSON, "Shigeru Ishiba") == NULL)
    {
      g_test_skip ("the gazetteer does not list the person this test needs");
      return;
    }
  ch_document_set_date (document, &day);
  raw = ch_extractor_extract (extractor, document);
  g_assert_cmpuint (raw->len, ==, 1);
  g_assert_true (g_strv_contains (ch_event_get_mentions (raw->pdata[0]), "Ishiba Shigeru"));

  merged = ch_consolidate (raw, aliases);
  g_assert_cmpuint (merged->len, ==, 1);
  g_assert_true (g_strv_contains (ch_event_get_participants (merged->pdata[0]), "Shigeru Ishiba"));
  spellings = ch_aliases_dup_spellings (aliases, "Shigeru Ishiba");
  g_assert_true (g_strv_contains ((const char * const *) spellings, "Ishiba Shigeru"));

  ch_aliases_split (aliases, "Ishiba Shigeru");
  g_clear_pointer (&merged, g_ptr_array_unref);
  merged = ch_consolidate (raw, aliases);
  g_assert_true (g_strv_contains (ch_event_get_participants (merged->pdata[0]), "Ishiba Shigeru"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/consolidate/family-name-first", test_family_name_first);
  g_test_add_func ("/core/consolidate/split-name-order", test_split_name_order);
  g_test_add_func ("/core/consolidate/shared-family-name", test_shared_family_name);
  g_test_add_func ("/core/consolidate/extracted-family-name-first", test_extracted_family_name_first);

  return g_test_run ();
}
