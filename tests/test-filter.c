/* test-filter.c: ChFilter against a brute-force reference
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ch-corpus.h"
#include "ch-filter.h"

static const char * const countries[] = { "PK", "RU", "IN", "CN", "UZ", "TR" };
static const char * const people[] = {
  "Valentina Matvienko", "Yousaf Raza Gilani", "Sergey Lavrov", "Ishaq Dar",
  "Wang Yi", "Subrahmanyam Jaishankar", "Bakhtiyor Saidov", "Hakan Fidan",
};
static const char * const orgs[] = { "SCO", "UN", "BRICS" };
static const char * const topics[] = { "trade", "energy", "security", "peace", "water" };

static ChEvent *
make_event (GRand *rand,
            guint  i)
{
  ChEvent *event = ch_event_new ();
  ChDay day = { (guint16) g_rand_int_range (rand, 2019, 2026),
                (guint8) g_rand_int_range (rand, 1, 13),
                (guint8) g_rand_int_range (rand, 1, 29) };
  const char *c[3] = { NULL, NULL, NULL };
  const char *p[3] = { NULL, NULL, NULL };
  const char *o[2] = { NULL, NULL };
  const char *t[3] = { NULL, NULL, NULL };
  g_autofree char *evidence = NULL;
  g_autofree char *title = g_strdup_printf ("Report %u", i % 7);

  if (i % 11 == 0)
    day = (ChDay) { 0 };
  ch_event_set_date (event, &day);
  ch_event_set_event_type (event, g_rand_int_range (rand, 0, CH_N_EVENT_TYPES));
  c[0] = countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))];
  c[1] = countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))];
  ch_event_set_countries (event, c);
  p[0] = people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))];
  if (g_rand_boolean (rand))
    p[1] = people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))];
  if (p[1] != NULL && strcmp (p[0], p[1]) == 0)
    p[1] = NULL;
  ch_event_set_participants (event, p, NULL);
  if (g_rand_int_range (rand, 0, 3) == 0)
    o[0] = orgs[g_rand_int_range (rand, 0, G_N_ELEMENTS (orgs))];
  ch_event_set_organizations (event, o);
  t[0] = topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))];
  t[1] = topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))];
  ch_event_set_topics (event, t);
  ch_event_set_location (event, i % 3 == 0 ? "Moscow" : "Islamabad");
  ch_event_set_source_title (event, title);
  evidence = g_strdup_printf ("The sides met (item %u) and discussed %s.", i,
                              i % 13 == 0 ? "the Ölkhon CORRIDOR" : "cooperation");
  ch_event_set_evidence (event, evidence, 0, strlen (evidence));
  ch_event_set_confidence (event, g_rand_double (rand));

  return event;
}

static ChCorpus *
make_corpus (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  ChCorpus *corpus = ch_corpus_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, make_event (rand, i));
  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);

  return corpus;
}

static gboolean
strv_has (const char * const *strv,
          const char         *value)
{
  return g_strv_contains (strv, value);
}

static gboolean
event_has (ChEvent    *event,
           ChFacet     facet,
           const char *value)
{
  switch (facet)
    {
    case CH_FACET_COUNTRY:
      return strv_has (ch_event_get_countries (event), value);
    case CH_FACET_PARTICIPANT:
      return strv_has (ch_event_get_participants (event), value);
    case CH_FACET_ORGANIZATION:
      return strv_has (ch_event_get_organizations (event), value);
    case CH_FACET_TOPIC:
      return strv_has (ch_event_get_topics (event), value);
    case CH_FACET_TYPE:
      return strcmp (ch_event_type_to_slug (ch_event_get_event_type (event)), value) == 0;
    default:
      g_assert_not_reached ();
    }
}

/* The reference: a plain loop over the events with the same semantics. */
typedef struct
{
  GPtrArray *selected[CH_N_FACETS];
  guint32    start, end;
  const char *text;
} Reference;

static gboolean
reference_matches (Reference *ref,
                   ChEvent   *event,
                   guint      skip_facet)
{
  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      gboolean any = FALSE;

      if (f == skip_facet || ref->selected[f]->len == 0)
        continue;
      for (guint v = 0; v < ref->selected[f]->len; v++)
        any |= event_has (event, f, g_ptr_array_index (ref->selected[f], v));
      if (!any)
        return FALSE;
    }
  if (ref->start != 0 || ref->end != 0)
    {
      guint32 key = ch_day_sort_key (ch_event_get_date (event));

      if (key == G_MAXUINT32 || key < ref->start || (ref->end != 0 && key > ref->end))
        return FALSE;
    }
  if (ref->text != NULL)
    {
      g_autofree char *needle = g_utf8_casefold (ref->text, -1);
      g_autofree char *participants = ch_event_join (ch_event_get_participants (event));
      const char *fields[] = { participants, ch_event_get_location (event),
                               ch_event_get_source_title (event), ch_event_get_evidence (event) };
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *hay = g_utf8_casefold (fields[i] ? fields[i] : "", -1);
          found |= strstr (hay, needle) != NULL;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
check_against_reference (ChFilter  *filter,
                         ChCorpus  *corpus,
                         Reference *ref)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  guint expected = 0;

  for (guint i = 0; i < n; i++)
    {
      gboolean m = reference_matches (ref, ch_corpus_get_event (corpus, i), CH_N_FACETS);

      g_assert_cmpint (ch_filter_matches (filter, i), ==, m);
      expected += m;
    }
  g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, expected);

  for (guint f = 0; f < CH_N_FACETS; f++)
    for (guint v = 0; v < ch_filter_get_n_values (filter, f); v++)
      {
        const char *value = ch_filter_get_value (filter, f, v);
        guint count = 0;

        for (guint i = 0; i < n; i++)
          {
            ChEvent *event = ch_corpus_get_event (corpus, i);
            count += event_has (event, f, value) && reference_matches (ref, event, f);
          }
        g_assert_cmpuint (ch_filter_get_count (filter, f, v), ==, count);
      }
}

static void
select_value (ChFilter   *filter,
              Reference  *ref,
              ChFacet     facet,
              const char *value)
{
  guint id = ch_filter_lookup_value (filter, facet, value);

  g_assert_cmpuint (id, !=, CH_FILTER_NO_VALUE);
  ch_filter_set_selected (filter, facet, id, TRUE);
  g_assert_true (ch_filter_get_selected (filter, facet, id));
  g_ptr_array_add (ref->selected[facet], (gpointer) value);
}

static void
on_changed_cb (ChFilter *filter,
               guint     change,
               guint    *last)
{
  *last = change;
}

/* @n: 2000 keeps every value in a posting list; 14000 makes the
 * countries and topics frequent enough for bitsets (see ch-filter.c) */
static void
check_facets (guint n)
{
  g_autoptr(ChCorpus) corpus = make_corpus (n);
  g_autoptr(ChFilter) filter = ch_filter_new (corpus);
  Reference ref = { 0 };
  guint last_change = G_MAXUINT;

  for (guint f = 0; f < CH_N_FACETS; f++)
    ref.selected[f] = g_ptr_array_new ();

  g_signal_connect (filter, "changed", G_CALLBACK (on_changed_cb), &last_change);

  g_assert_false (ch_filter_is_active (filter));
  check_against_reference (filter, corpus, &ref);
  g_assert_cmpuint (ch_filter_get_n_values (filter, CH_FACET_COUNTRY), ==, G_N_ELEMENTS (countries));
  g_assert_cmpuint (ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "ZZ"), ==, CH_FILTER_NO_VALUE);

  /* AND across facets */
  select_value (filter, &ref, CH_FACET_COUNTRY, "PK");
  g_assert_cmpuint (last_change, ==, CH_FILTER_CHANGE_MORE_STRICT);
  check_against_reference (filter, corpus, &ref);
  select_value (filter, &ref, CH_FACET_TOPIC, "energy");
  g_assert_cmpuint (last_change, ==, CH_FILTER_CHANGE_MORE_STRICT);
  check_against_reference (filter, corpus, &ref);

  /* OR within a facet */
  select_value (filter, &ref, CH_FACET_COUNTRY, "RU");
  g_assert_cmpuint (last_change, ==, CH_FILTER_CHANGE_LESS_STRICT);
  check_against_reference (filter, corpus, &ref);

  select_value (filter, &ref, CH_FACET_PARTICIPANT, "Sergey Lavrov");
  select_value (filter, &ref, CH_FACET_TYPE, "meeting");
  select_value (filter, &ref, CH_FACET_TYPE, "visit");
  check_against_reference (filter, corpus, &ref);
  select_value (filter, &ref, CH_FACET_ORGANIZATION, "SCO");
  check_against_reference (filter, corpus, &ref);
  g_assert_true (ch_filter_is_active (filter));

  ch_filter_clear (filter);
  for (guint f = 0; f < CH_N_FACETS; f++)
    g_ptr_array_set_size (ref.selected[f], 0);
  g_assert_false (ch_filter_is_active (filter));
  check_against_reference (filter, corpus, &ref);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, n);

  for (guint f = 0; f < CH_N_FACETS; f++)
    g_ptr_array_unref (ref.selected[f]);
}

static void
test_filter_facets (void)
{
  check_facets (2000);
}

static void
test_filter_facets_frequent (void)
{
  check_facets (14000);
}

static void
test_filter_date_text (void)
{
  g_autoptr(ChCorpus) corpus = make_corpus (1500);
  g_autoptr(ChFilter) filter = ch_filter_new (corpus);
  Reference ref = { 0 };
  guint32 first, last;

  for (guint f = 0; f < CH_N_FACETS; f++)
    ref.selected[f] = g_ptr_array_new ();

  ch_filter_get_date_bounds (filter, &first, &last);
  g_assert_cmpuint (first, >=, 20190101);
  g_assert_cmpuint (last, <=, 20251231);

  ref.start = 20210301;
  ref.end = 20220615;
  ch_filter_set_date_range (filter, ref.start, ref.end);
  check_against_reference (filter, corpus, &ref);

  /* An open end */
  ref.end = 0;
  ch_filter_set_date_range (filter, ref.start, 0);
  check_against_reference (filter, corpus, &ref);

  /* Case-insensitive, also beyond ASCII, in evidence */
  ref.text = "ölkhon corridor";
  ch_filter_set_text (filter, "  ÖLKHON corridor ");
  g_assert_cmpstr (ch_filter_get_text (filter), ==, "ÖLKHON corridor");
  check_against_reference (filter, corpus, &ref);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), >, 0);

  /* In participants, places and titles */
  ref.start = 0;
  ch_filter_set_date_range (filter, 0, 0);
  ref.text = "lavrov";
  ch_filter_set_text (filter, "LAVROV");
  check_against_reference (filter, corpus, &ref);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), >, 0);
  ref.text = "moscow";
  ch_filter_set_text (filter, "Moscow");
  check_against_reference (filter, corpus, &ref);
  ref.text = "report 3";
  ch_filter_set_text (filter, "Report 3");
  check_against_reference (filter, corpus, &ref);

  /* No sentence boundary is crossed: "(item 1" is followed by ")" */
  ref.text = "item 12) and discussed cooperation.";
  ch_filter_set_text (filter, ref.text);
  check_against_reference (filter, corpus, &ref);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, 1);

  ref.text = NULL;
  ch_filter_set_text (filter, "   ");
  g_assert_null (ch_filter_get_text (filter));
  check_against_reference (filter, corpus, &ref);

  for (guint f = 0; f < CH_N_FACETS; f++)
    g_ptr_array_unref (ref.selected[f]);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_signals)
{
  (*n_signals)++;
}

static void
test_filter_sort_and_corpus_change (void)
{
  g_autoptr(ChCorpus) corpus = make_corpus (800);
  g_autoptr(ChFilter) filter = ch_filter_new (corpus);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n_signals = 0;
  guint id;
  guint n;

  g_signal_connect (filter, "items-changed", G_CALLBACK (on_items_changed_cb), &n_signals);

  ch_filter_set_sort (filter, CH_SORT_DATE, FALSE);
  g_assert_cmpuint (n_signals, >=, 1);
  g_assert_cmpuint (n_signals, <=, 2);
  n = g_list_model_get_n_items (G_LIST_MODEL (filter));
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChEvent) a = g_list_model_get_item (G_LIST_MODEL (filter), i - 1);
      g_autoptr(ChEvent) b = g_list_model_get_item (G_LIST_MODEL (filter), i);

      g_assert_cmpuint (ch_day_sort_key (ch_event_get_date (a)), <=,
                        ch_day_sort_key (ch_event_get_date (b)));
    }
  /* Unknown dates last */
  {
    g_autoptr(ChEvent) tail = g_list_model_get_item (G_LIST_MODEL (filter), n - 1);
    g_assert_cmpint (ch_event_get_date (tail)->year, ==, 0);
  }

  ch_filter_set_sort (filter, CH_SORT_CONFIDENCE, TRUE);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChEvent) a = g_list_model_get_item (G_LIST_MODEL (filter), i - 1);
      g_autoptr(ChEvent) b = g_list_model_get_item (G_LIST_MODEL (filter), i);

      g_assert_cmpfloat (ch_event_get_confidence (a) + 1e-4, >=, ch_event_get_confidence (b));
    }

  ch_filter_set_sort (filter, CH_SORT_PARTICIPANTS, FALSE);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(ChEvent) a = g_list_model_get_item (G_LIST_MODEL (filter), i - 1);
      g_autoptr(ChEvent) b = g_list_model_get_item (G_LIST_MODEL (filter), i);
      g_autofree char *pa = g_utf8_casefold (ch_event_get_participants (a)[0], -1);
      g_autofree char *pb = g_utf8_casefold (ch_event_get_participants (b)[0], -1);

      g_assert_cmpint (strcmp (pa, pb), <=, 0);
    }

  /* A filtered, sorted model keeps its order */
  id = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "IN");
  ch_filter_set_selected (filter, CH_FACET_COUNTRY, id, TRUE);
  n = g_list_model_get_n_items (G_LIST_MODEL (filter));
  g_assert_cmpuint (n, <, 800);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ChEvent) e = g_list_model_get_item (G_LIST_MODEL (filter), i);

      g_assert_true (g_strv_contains (ch_event_get_countries (e), "IN"));
      g_assert_cmpuint (ch_filter_find_event (filter, e), ==, i);
    }

  /* New events are indexed and the selection is kept by value */
  {
    g_autoptr(ChEvent) extra = make_event (rand, 5000);
    const char *c[] = { "IN", "FR", NULL };

    ch_event_set_countries (extra, c);
    ch_corpus_add_events (corpus, &extra, 1);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, n + 1);
    g_assert_cmpuint (ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "FR"), !=, CH_FILTER_NO_VALUE);
    g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY,
                                           ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "IN")));
  }

  ch_corpus_clear (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, 0);
  g_assert_cmpuint (ch_filter_get_n_values (filter, CH_FACET_COUNTRY), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/filter/facets", test_filter_facets);
  g_test_add_func ("/core/filter/facets-frequent", test_filter_facets_frequent);
  g_test_add_func ("/core/filter/date-text", test_filter_date_text);
  g_test_add_func ("/core/filter/sort-corpus-change", test_filter_sort_and_corpus_change);

  return g_test_run ();
}
