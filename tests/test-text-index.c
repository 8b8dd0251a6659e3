/* test-text-index.c: the word index gives exactly the plain scan's matches
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ch-corpus.h"
#include "ch-filter.h"
#include "ch-test-events.h"
#include "ch-text-index.h"

static const char *
get_text_cb (gpointer data,
             guint    i)
{
  GPtrArray *texts = data;

  return g_ptr_array_index (texts, i);
}

/* The lines of the sample articles: real sentences, with punctuation,
 * quotes, dashes, digits and letters beyond ASCII. */
static GPtrArray *
sample_lines (void)
{
  const char *dir_path = g_getenv ("CHANCERY_SAMPLES_DIR");
  g_autoptr(GDir) dir = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir_path);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_str_has_suffix (name, ".txt") ||
          !g_file_get_contents (path, &contents, NULL, NULL) ||
          !g_utf8_validate (contents, -1, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        g_ptr_array_add (texts, g_strdup (lines[i]));
    }
  /* Some texts that are empty or missing, and a few odd ones */
  g_ptr_array_add (texts, NULL);
  g_ptr_array_add (texts, g_strdup (""));
  g_ptr_array_add (texts, g_strdup ("ÖLKHON Corridor — Straße, İstanbul; ΣΊΣΥΦΟΣ."));
  g_ptr_array_add (texts, g_strdup ("   ,,, ...   "));
  g_ptr_array_add (texts, g_strdup ("talks-talks talks"));
  g_assert_cmpuint (texts->len, >, 300);
  return texts;
}

static GPtrArray *
generated_evidence (guint n)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (n, 7);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (texts, g_strdup (ch_event_get_evidence (g_ptr_array_index (events, i))));
  return texts;
}

/* Needles of every shape, taken from the texts themselves: whole words,
 * parts of words, runs across words and punctuation, separators alone,
 * in upper case (folded like the filter folds its text). */
static GPtrArray *
make_needles (GPtrArray *texts,
              guint      n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  GPtrArray *needles = g_ptr_array_new_with_free_func (g_free);
  static const char * const fixed[] = {
    "tashkent", "new y", "met ", " in", ",", ".", " ", "ölk", "straße", "STRASSE",
    "σίσυφος", "İstanbul", "talks-t", "s-talks t", "-", "a", "e", "zzzzqx",
    "met lavrov", "and discussed", "on 1 march", "2024", ", and", "l\xc3\xb6",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (needles, g_utf8_casefold (fixed[i], -1));

  while (needles->len < n)
    {
      const char *text = g_ptr_array_index (texts, g_rand_int_range (rand, 0, texts->len));
      glong len, from, count;
      g_autofree char *piece = NULL;
      g_autofree char *stripped = NULL;

      if (text == NULL || (len = g_utf8_strlen (text, -1)) == 0)
        continue;
      from = g_rand_int_range (rand, 0, len);
      count = g_rand_int_range (rand, 1, MIN (len - from, 24) + 1);
      piece = g_utf8_substring (text, from, from + count);
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          g_autofree char *upper = g_utf8_strup (piece, -1);
          g_free (piece);
          piece = g_steal_pointer (&upper);
        }
      /* As the filter takes it: stripped, then casefolded. */
      stripped = g_strstrip (g_strdup (piece));
      if (stripped[0] == '\0')
        continue;
      g_ptr_array_add (needles, g_utf8_casefold (stripped, -1));
    }
  return needles;
}

static void
check_index_against_scan (GPtrArray *texts,
                          guint      n_needles)
{
  g_autoptr(ChTextIndex) index = NULL;
  g_autoptr(GPtrArray) needles = make_needles (texts, n_needles);
  guint n_words = (texts->len + 63) / 64;
  g_autofree guint64 *expected = g_new (guint64, n_words);
  g_autofree guint64 *got = g_new (guint64, n_words);
  guint n_nonempty = 0;

  index = ch_text_index_new (get_text_cb, texts, texts->len, NULL);
  g_assert_nonnull (index);
  g_assert_cmpuint (ch_text_index_get_n_texts (index), ==, texts->len);
  g_assert_cmpuint (ch_text_index_get_n_words (index), >, 10);

  for (guint k = 0; k < needles->len; k++)
    {
      const char *needle = g_ptr_array_index (needles, k);
      guint n_expected = 0;

      memset (expected, 0, n_words * sizeof (guint64));
      memset (got, 0, n_words * sizeof (guint64));
      ch_text_scan (needle, get_text_cb, texts, texts->len, expected);
      ch_text_index_search (index, needle, get_text_cb, texts, got);

      /* The scan itself against a casefold and strstr per text */
      for (guint i = 0; i < texts->len; i++)
        {
          const char *text = g_ptr_array_index (texts, i);
          g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
          gboolean has = strstr (folded, needle) != NULL;

          g_assert_cmpint ((expected[i >> 6] >> (i & 63)) & 1, ==, has);
          n_expected += has;
        }
      n_nonempty += n_expected > 0;

      for (guint w = 0; w < n_words; w++)
        if (expected[w] != got[w])
          g_error ("needle “%s”: the index and the scan differ near text %u", needle, w * 64);
    }

  /* The needles come from the texts: most of them are found. */
  g_assert_cmpuint (n_nonempty, >, needles->len / 2);
}

static void
test_text_index_samples (void)
{
  g_autoptr(GPtrArray) texts = sample_lines ();

  check_index_against_scan (texts, 1200);
}

static void
test_text_index_generated (void)
{
  g_autoptr(GPtrArray) texts = generated_evidence (6000);

  check_index_against_scan (texts, 150);
}

static void
test_text_index_cancelled (void)
{
  g_autoptr(GPtrArray) texts = generated_evidence (100);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_assert_null (ch_text_index_new (get_text_cb, texts, texts->len, cancellable));
}

/* Through the filter: the same matches while the index is built and once
 * it is ready. */
static void
test_text_index_filter (void)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (12000, 3);
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(ChFilter) filter = NULL;
  static const char * const queries[] = {
    "tashkent", "Lavrov met", "n", "March and", "trade, energy", "zzq", ".", "9 m",
  };
  guint before[G_N_ELEMENTS (queries)];
  g_autofree guint64 *bits_before = NULL;
  guint n_words = (events->len + 63) / 64;
  gint64 deadline;

  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);
  filter = ch_filter_new (corpus);

  bits_before = g_new0 (guint64, n_words * G_N_ELEMENTS (queries));
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const guint64 *words;
      guint n_bits;

      ch_filter_set_text (filter, queries[q]);
      before[q] = ch_filter_get_n_matches (filter);
      words = ch_filter_peek_matches (filter, &n_bits);
      g_assert_cmpuint (n_bits, ==, events->len);
      memcpy (bits_before + q * n_words, words, n_words * sizeof (guint64));
    }
  ch_filter_set_text (filter, NULL);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!ch_filter_has_text_index (filter) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ch_filter_has_text_index (filter));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const guint64 *words;
      guint n_bits;

      ch_filter_set_text (filter, queries[q]);
      g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, before[q]);
      words = ch_filter_peek_matches (filter, &n_bits);
      g_assert_cmpmem (words, n_words * sizeof (guint64), bits_before + q * n_words,
                       n_words * sizeof (guint64));
    }
  g_assert_cmpuint (before[0], >, 0);
  g_assert_cmpuint (before[5], ==, 0);
}

/* The orders made on the worker thread are those the filter makes when
 * asked before they are ready. */
static void
test_text_index_orders (void)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (8000, 5);
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(ChFilter) ahead = NULL;
  g_autoptr(ChFilter) asked = NULL;
  static const ChSortColumn columns[] = {
    CH_SORT_DATE, CH_SORT_PARTICIPANTS, CH_SORT_PLACE, CH_SORT_TOPICS, CH_SORT_SOURCE,
  };
  gint64 deadline;

  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);
  ahead = ch_filter_new (corpus);
  asked = ch_filter_new (corpus);
  ch_filter_set_text (ahead, "an");
  ch_filter_set_text (asked, "an");

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    ch_filter_set_sort (asked, columns[c], FALSE);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!ch_filter_has_text_index (ahead) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ch_filter_has_text_index (ahead));

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    for (guint descending = 0; descending < 2; descending++)
      {
        guint n = g_list_model_get_n_items (G_LIST_MODEL (ahead));

        ch_filter_set_sort (ahead, columns[c], descending);
        ch_filter_set_sort (asked, columns[c], descending);
        g_assert_cmpuint (n, >, 1000);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (asked)), ==, n);
        for (guint i = 0; i < n; i++)
          g_assert_cmpuint (ch_filter_get_corpus_position (ahead, i), ==,
                            ch_filter_get_corpus_position (asked, i));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text-index/samples", test_text_index_samples);
  g_test_add_func ("/core/text-index/generated", test_text_index_generated);
  g_test_add_func ("/core/text-index/cancelled", test_text_index_cancelled);
  g_test_add_func ("/core/text-index/filter", test_text_index_filter);
  g_test_add_func ("/core/text-index/orders", test_text_index_orders);

  return g_test_run ();
}
