/* test-corpus.c: importing files into ChCorpus on worker threads
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test writes its own small articles into a temporary folder, imports
 * them through the real importers and extractor, and watches the corpus the
 * way a view does: items-changed and notify emissions are counted.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ch-alias.h"
#include "ch-corpus.h"

typedef struct
{
  const char *name;
  const char *text;
} Article;

/* Two outlets report the same meeting; the others are separate events. */
static const Article articles[] = {
  { "astana-energy.txt",
    "Astana talks deepen Kazakh-Hungarian ties\n"
    "\n"
    "ASTANA, 14 May 2024 - Kazakhstan's Foreign Minister Aigerim Sadykova met Hungary's "
    "Foreign Minister Laszlo Voros in Astana on Tuesday. The two ministers discussed trade, "
    "energy supplies and direct flights between Budapest and Astana, and agreed to meet again "
    "in the autumn.\n" },
  { "hungary-kazakhstan.txt",
    "Hungary and Kazakhstan discuss energy and trade\n"
    "\n"
    "ASTANA, 14 May 2024 - Hungary's Foreign Minister Laszlo Voros held talks with "
    "Kazakhstan's Foreign Minister Aigerim Sadykova in Astana on Tuesday, focusing on "
    "energy and trade between the two countries.\n" },
  { "lisbon.txt",
    "Portugal and Chile look at renewable power\n"
    "\n"
    "LISBON, 3 March 2024 - Portugal's Foreign Minister Helena Carvalho received Chile's "
    "Foreign Minister Tomas Reyes in Lisbon on Monday. They discussed renewable energy, "
    "trade and student exchanges.\n" },
  { "nested/hanoi.txt",
    "Vietnam and Kenya sign agricultural agreement\n"
    "\n"
    "HANOI, 22 August 2023 - Vietnam's Foreign Minister Tran Van Minh and Kenya's "
    "Foreign Minister Grace Wanjiru signed an agreement on agriculture in Hanoi on "
    "Tuesday, covering rice, coffee and fertilizer trade.\n" },
  { "nested/deeper/oslo.txt",
    "Norway hosts Colombian minister\n"
    "\n"
    "OSLO, 9 October 2023 - Norway's Foreign Minister Ingrid Solberg met Colombia's "
    "Foreign Minister Camilo Arango in Oslo on Monday to discuss the peace process "
    "and climate cooperation.\n" },
};

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("chancery-corpus-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
write_articles (const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    write_file (dir, articles[i].name, articles[i].text, -1);
}

static void
write_binary (const char *dir,
              const char *name)
{
  guint8 bytes[4096];

  /* What a PNG looks like to a text reader: a signature, then bytes with
   * NULs and no line structure. */
  memcpy (bytes, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (guint i = 16; i < sizeof bytes; i++)
    bytes[i] = (guint8) ((i * 7919u) % 251u);
  write_file (dir, name, (const char *) bytes, sizeof bytes);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* What a view sees while the corpus imports. */
typedef struct
{
  ChCorpus     *corpus;
  GAsyncResult *result;
  GCancellable *cancellable;
  guint         n_appends;
  guint         n_replacements;
  guint         max_documents_in_a_batch;
  gboolean      replaced_last;
  guint         n_documents_notifies;
  guint         n_progress_notifies;
  double        last_progress;
  gboolean      progress_went_back;
  gboolean      progress_from_other_thread;
  guint         importing_changes;
  GThread      *main_thread;
  gint64        cancelled_at;
  gint64        finished_at;
  gint64        last_tick;
  gint64        longest_gap;
} Watch;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  g_assert_true (g_thread_self () == watch->main_thread);

  if (removed == 0 && position + added == g_list_model_get_n_items (model))
    {
      g_autoptr(GHashTable) documents = g_hash_table_new (NULL, NULL);

      /* An append of one batch: its events come from at most one batch's
       * worth of documents. */
      for (guint i = position; i < position + added; i++)
        g_hash_table_add (documents, ch_event_get_document (ch_corpus_get_event (watch->corpus, i)));
      watch->max_documents_in_a_batch = MAX (watch->max_documents_in_a_batch,
                                             g_hash_table_size (documents));
      watch->n_appends++;
      watch->replaced_last = FALSE;
    }
  else
    {
      /* Consolidation swaps the whole list at once. */
      g_assert_cmpuint (position, ==, 0);
      g_assert_cmpuint (added, ==, g_list_model_get_n_items (model));
      watch->n_replacements++;
      watch->replaced_last = TRUE;
    }
}

static void
n_documents_cb (ChCorpus   *corpus,
                GParamSpec *pspec,
                Watch      *watch)
{
  g_assert_true (g_thread_self () == watch->main_thread);
  watch->n_documents_notifies++;
}

static void
progress_cb (ChCorpus   *corpus,
             GParamSpec *pspec,
             Watch      *watch)
{
  double progress = ch_corpus_get_progress (corpus);

  if (g_thread_self () != watch->main_thread)
    watch->progress_from_other_thread = TRUE;
  if (progress < watch->last_progress)
    watch->progress_went_back = TRUE;
  watch->last_progress = progress;
  watch->n_progress_notifies++;

  if (watch->cancellable != NULL && watch->cancelled_at == 0 && progress > 0.0)
    {
      watch->cancelled_at = g_get_monotonic_time ();
      g_cancellable_cancel (watch->cancellable);
    }
}

static void
importing_cb (ChCorpus   *corpus,
              GParamSpec *pspec,
              Watch      *watch)
{
  g_assert_true (g_thread_self () == watch->main_thread);
  watch->importing_changes++;
}

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (watch->last_tick != 0)
    watch->longest_gap = MAX (watch->longest_gap, now - watch->last_tick);
  watch->last_tick = now;

  return G_SOURCE_CONTINUE;
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Watch *watch = user_data;

  g_assert_true (g_thread_self () == watch->main_thread);
  watch->finished_at = g_get_monotonic_time ();
  watch->result = g_object_ref (result);
}

static void
watch_init (Watch    *watch,
            ChCorpus *corpus)
{
  memset (watch, 0, sizeof *watch);
  watch->corpus = corpus;
  watch->main_thread = g_thread_self ();
  g_signal_connect (corpus, "items-changed", G_CALLBACK (items_changed_cb), watch);
  g_signal_connect (corpus, "notify::n-documents", G_CALLBACK (n_documents_cb), watch);
  g_signal_connect (corpus, "notify::progress", G_CALLBACK (progress_cb), watch);
  g_signal_connect (corpus, "notify::importing", G_CALLBACK (importing_cb), watch);
}

static void
watch_clear (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (watch->corpus, watch);
  g_clear_object (&watch->result);
  g_clear_object (&watch->cancellable);
}

/* Imports @paths and runs the default main loop, with a 5 ms ticker to
 * measure how long the loop is ever kept from running, until the import
 * finishes. */
static gboolean
run_import (Watch              *watch,
            const char * const *paths,
            GPtrArray         **failures,
            GError            **error)
{
  guint tick = g_timeout_add (5, tick_cb, watch);

  ch_corpus_import_async (watch->corpus, paths, watch->cancellable, import_done_cb, watch);
  g_assert_true (ch_corpus_get_importing (watch->corpus));

  while (watch->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
  g_assert_false (ch_corpus_get_importing (watch->corpus));

  return ch_corpus_import_finish (watch->corpus, watch->result, failures, error);
}

static guint
count_events_of_source (ChCorpus   *corpus,
                        const char *path)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      const char * const *sources = ch_event_get_sources (ch_corpus_get_event (corpus, i));

      if (sources != NULL && g_strv_contains (sources, path))
        n++;
    }
  return n;
}

static void
test_import_folder (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_folder ();
  g_autofree char *binary = g_build_filename (dir, "chart.txt", NULL);
  g_auto(GStrv) remembered = NULL;
  const char *paths[] = { dir, NULL };
  Watch watch;
  gboolean ok;

  write_articles (dir);
  write_binary (dir, "chart.txt");

  watch_init (&watch, corpus);
  ok = run_import (&watch, paths, &failures, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  /* The binary file is named with a reason; the articles are all in. */
  g_assert_nonnull (failures);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 0))->message, binary));
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, G_N_ELEMENTS (articles));
  g_assert_cmpuint (ch_corpus_get_n_files_total (corpus), ==, G_N_ELEMENTS (articles) + 1);
  g_assert_cmpuint (ch_corpus_get_n_files_done (corpus), ==, G_N_ELEMENTS (articles) + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), >=, G_N_ELEMENTS (articles) - 1);

  /* Progress was published on the main thread only, never went back, and
   * ended at 1. */
  g_assert_false (watch.progress_from_other_thread);
  g_assert_false (watch.progress_went_back);
  g_assert_cmpfloat (watch.last_progress, ==, 1.0);
  g_assert_cmpfloat (ch_corpus_get_progress (corpus), ==, 1.0);
  g_assert_cmpuint (watch.importing_changes, ==, 2);

  /* One items-changed per batch, each batch also notifying n-documents
   * once, then one replacement by the consolidated list, last. */
  g_assert_cmpuint (watch.n_appends, >=, 1);
  g_assert_cmpuint (watch.n_appends, <=, watch.n_documents_notifies);
  g_assert_cmpuint (watch.n_replacements, ==, 1);
  g_assert_true (watch.replaced_last);

  /* Every document's events, and the remembered path. */
  for (guint i = 0; i < ch_corpus_get_n_documents (corpus); i++)
    g_assert_true (CH_IS_DOCUMENT (ch_corpus_get_document (corpus, i)));
  remembered = ch_corpus_dup_paths (corpus);
  g_assert_cmpuint (g_strv_length (remembered), ==, 1);
  g_assert_cmpstr (remembered[0], ==, dir);

  watch_clear (&watch);
  remove_tree (dir);
}

static void
test_consolidate (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_folder ();
  g_autofree char *first = g_build_filename (dir, articles[0].name, NULL);
  g_autofree char *second = g_build_filename (dir, articles[1].name, NULL);
  const char *paths[] = { first, second, NULL };
  ChEvent *merged = NULL;

  write_file (dir, articles[0].name, articles[0].text, -1);
  write_file (dir, articles[1].name, articles[1].text, -1);

  g_assert_true (ch_corpus_import_sync (corpus, paths, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 2);

  /* Both reports of the Astana meeting are one event, with both sources. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      ChEvent *event = ch_corpus_get_event (corpus, i);
      const char * const *sources = ch_event_get_sources (event);

      if (g_strv_contains (sources, first) && g_strv_contains (sources, second))
        {
          g_assert_null (merged);
          merged = event;
        }
    }
  g_assert_nonnull (merged);
  g_assert_cmpuint (ch_event_get_reports (merged), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) ch_event_get_sources (merged)), ==, 2);
  g_assert_true (g_strv_contains (ch_event_get_countries (merged), "HU"));
  g_assert_true (g_strv_contains (ch_event_get_countries (merged), "KZ"));

  {
    g_autofree char *source = ch_event_dup_field (merged, "source");

    g_assert_nonnull (strstr (source, first));
    g_assert_nonnull (strstr (source, second));
    g_assert_nonnull (strstr (source, "; "));
  }

  /* Consolidating again gives the same list. */
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

    ch_corpus_reconsolidate (corpus);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, n);
  }

  g_assert_nonnull (ch_corpus_get_aliases (corpus));

  remove_tree (dir);
}

static void
test_import_adds (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_folder ();
  g_autofree char *one = g_build_filename (dir, "one", NULL);
  g_autofree char *two = g_build_filename (dir, "two", articles[2].name, NULL);
  g_auto(GStrv) remembered = NULL;
  const char *first[] = { one, NULL };
  const char *second[] = { two, NULL };
  guint n_after_first;

  write_file (dir, "one/a.txt", articles[0].text, -1);
  write_file (dir, "one/b.txt", articles[3].text, -1);
  write_file (dir, "two/lisbon.txt", articles[2].text, -1);

  g_assert_true (ch_corpus_import_sync (corpus, first, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 2);
  n_after_first = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_assert_cmpuint (n_after_first, >=, 2);

  g_assert_true (ch_corpus_import_sync (corpus, second, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), >, n_after_first);
  g_assert_cmpuint (count_events_of_source (corpus, two), >=, 1);

  remembered = ch_corpus_dup_paths (corpus);
  g_assert_cmpuint (g_strv_length (remembered), ==, 2);
  g_assert_cmpstr (remembered[0], ==, one);
  g_assert_cmpstr (remembered[1], ==, two);

  ch_corpus_clear (corpus);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
  g_clear_pointer (&remembered, g_strfreev);
  remembered = ch_corpus_dup_paths (corpus);
  g_assert_cmpuint (g_strv_length (remembered), ==, 0);

  remove_tree (dir);
}

static void
test_missing_path (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_folder ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *present = g_build_filename (dir, articles[2].name, NULL);
  const char *paths[] = { missing, present, NULL };

  write_file (dir, articles[2].name, articles[2].text, -1);

  g_assert_true (ch_corpus_import_sync (corpus, paths, NULL, &failures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 0))->message, missing));
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 1);
  g_assert_cmpfloat (ch_corpus_get_progress (corpus), ==, 1.0);

  remove_tree (dir);
}

static char *
write_many (guint n,
            guint n_paragraphs)
{
  static const char * const ministers[][3] = {
    { "Portugal's", "Helena Carvalho", "Lisbon" },
    { "Chile's", "Tomas Reyes", "Santiago" },
    { "Kenya's", "Grace Wanjiru", "Nairobi" },
    { "Norway's", "Ingrid Solberg", "Oslo" },
    { "Vietnam's", "Tran Van Minh", "Hanoi" },
  };
  char *dir = make_folder ();

  for (guint i = 0; i < n; i++)
    {
      guint a = i % G_N_ELEMENTS (ministers);
      guint b = (i + 1 + i / 5) % G_N_ELEMENTS (ministers);
      g_autofree char *name = g_strdup_printf ("batch-%02u/article-%05u.txt", i / 100, i);
      g_autofree char *text = NULL;
      g_autoptr(GString) body = g_string_new (NULL);

      if (b == a)
        b = (b + 1) % G_N_ELEMENTS (ministers);
      for (guint p = 0; p < n_paragraphs; p++)
        g_string_append (body, "Officials on both sides said that further rounds were planned "
                               "for the spring, and that working groups on customs, fisheries "
                               "and student exchanges would report before then. ");
      text = g_strdup_printf ("Talks number %u\n\n"
                              "%s, %u June 2022 - %s Foreign Minister %s met %s Foreign "
                              "Minister %s in %s on Friday to discuss trade and energy.\n\n%s\n",
                              i, ministers[a][2], 1 + i % 28, ministers[a][0], ministers[a][1],
                              ministers[b][0], ministers[b][1], ministers[a][2], body->str);
      write_file (dir, name, text, -1);
    }

  return dir;
}

static void
test_batches (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = write_many (800, 0);
  const char *paths[] = { dir, NULL };
  Watch watch;

  watch_init (&watch, corpus);
  g_assert_true (run_import (&watch, paths, &failures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 800);

  /* 800 documents cannot arrive in fewer than four batches. */
  g_assert_cmpuint (watch.max_documents_in_a_batch, <=, CH_CORPUS_IMPORT_BATCH);
  g_assert_cmpuint (watch.n_appends, >=, (800 + CH_CORPUS_IMPORT_BATCH - 1) / CH_CORPUS_IMPORT_BATCH);
  g_assert_cmpuint (watch.n_appends, <=, watch.n_documents_notifies);
  g_assert_cmpuint (watch.n_replacements, ==, 1);
  g_assert_true (watch.replaced_last);
  g_assert_cmpfloat (watch.last_progress, ==, 1.0);
  g_assert_false (watch.progress_went_back);
  g_test_message ("800 files: %u batches, longest main-loop gap %.1f ms",
                  watch.n_appends, watch.longest_gap / 1000.0);

  watch_clear (&watch);
  remove_tree (dir);
}

static void
test_cancel (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = write_many (2000, 40);
  const char *paths[] = { dir, NULL };
  Watch watch;
  guint n_documents;

  watch_init (&watch, corpus);
  watch.cancellable = g_cancellable_new ();
  g_assert_false (run_import (&watch, paths, &failures, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (watch.cancelled_at, >, 0);

  /* Each file is about 8 KB, so that reading all 2,000 takes a good part
   * of a second even on a fast machine: the cancellation lands midway.
   * Stopped promptly and the loop kept running throughout; what was read
   * stays. The bounds are loose: they catch a blocked loop or workers
   * that ignore the cancellable, not a slow machine. */
  n_documents = ch_corpus_get_n_documents (corpus);
  g_test_message ("cancelled after %u of 2000 files, finished %.1f ms later, "
                  "longest main-loop gap %.1f ms",
                  n_documents, (watch.finished_at - watch.cancelled_at) / 1000.0,
                  watch.longest_gap / 1000.0);
  g_assert_cmpuint (n_documents, <, 2000);
  g_assert_cmpint (watch.finished_at - watch.cancelled_at, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (watch.longest_gap, <, G_USEC_PER_SEC);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, n_documents);
  g_assert_false (ch_corpus_get_importing (corpus));
  g_assert_cmpfloat (ch_corpus_get_progress (corpus), <, 1.0);

  /* A later import of the same folder still works. */
  g_clear_error (&error);
  g_clear_pointer (&failures, g_ptr_array_unref);
  ch_corpus_clear (corpus);
  g_assert_true (ch_corpus_import_sync (corpus, paths, NULL, &failures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 2000);

  watch_clear (&watch);
  remove_tree (dir);
}

static void
clear_on_first_batch_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         gboolean   *cleared)
{
  if (!*cleared && added > 0)
    {
      *cleared = TRUE;
      ch_corpus_clear (CH_CORPUS (model));
    }
}

static void
test_clear_while_importing (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = write_many (600, 0);
  const char *paths[] = { dir, NULL };
  gboolean cleared = FALSE;
  Watch watch;

  /* Clearing the corpus stops the import and drops whatever it would
   * still have added. */
  watch_init (&watch, corpus);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (clear_on_first_batch_cb), &cleared);
  g_assert_false (run_import (&watch, paths, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (cleared);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
  g_assert_false (ch_corpus_get_importing (corpus));

  g_signal_handlers_disconnect_by_data (corpus, &cleared);
  watch_clear (&watch);
  remove_tree (dir);
}

static void
test_queued_imports (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_folder ();
  g_autofree char *a = g_build_filename (dir, articles[2].name, NULL);
  g_autofree char *b = g_build_filename (dir, articles[4].name, NULL);
  const char *first[] = { a, NULL };
  const char *second[] = { b, NULL };
  Watch watch_a, watch_b;

  write_articles (dir);

  /* A second import asked for while the first runs waits its turn. */
  memset (&watch_a, 0, sizeof watch_a);
  memset (&watch_b, 0, sizeof watch_b);
  watch_a.main_thread = watch_b.main_thread = g_thread_self ();
  ch_corpus_import_async (corpus, first, NULL, import_done_cb, &watch_a);
  ch_corpus_import_async (corpus, second, NULL, import_done_cb, &watch_b);

  /* A synchronous import cannot wait behind them. */
  g_assert_false (ch_corpus_import_sync (corpus, second, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);

  while (watch_a.result == NULL || watch_b.result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (ch_corpus_import_finish (corpus, watch_a.result, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ch_corpus_import_finish (corpus, watch_b.result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (watch_a.finished_at, <=, watch_b.finished_at);
  g_assert_cmpuint (ch_corpus_get_n_documents (corpus), ==, 2);
  g_assert_false (ch_corpus_get_importing (corpus));

  g_clear_object (&watch_a.result);
  g_clear_object (&watch_b.result);
  remove_tree (dir);
}

static void
test_add_events (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  ChEvent *events[3];
  guint n_changes = 0;
  Watch watch;

  watch_init (&watch, corpus);
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    events[i] = ch_event_new ();

  ch_corpus_add_events (corpus, events, G_N_ELEMENTS (events));
  g_assert_cmpuint (watch.n_appends, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);

  /* Events added from outside survive a consolidation as they are. */
  ch_corpus_reconsolidate (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_true (ch_corpus_get_event (corpus, 0) == events[0]);

  ch_corpus_clear (corpus);
  n_changes = watch.n_replacements;
  g_assert_cmpuint (n_changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    g_object_unref (events[i]);
  watch_clear (&watch);
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* After a split, the corpus consolidates in a worker thread: nothing
 * changes until the main loop runs, then one items-changed installs what
 * ch_corpus_reconsolidate() would have made. A second consolidation
 * started meanwhile supersedes the first, which changes nothing. */
static void
test_reconsolidate_async (void)
{
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autofree char *dir = make_folder ();
  g_autoptr(GPtrArray) sync_events = g_ptr_array_new_with_free_func (g_free);
  const char *paths[] = { dir, NULL };
  const char *splits[] = { NULL, NULL };
  const char *person;
  ChAliases *aliases;
  guint n;
  Watch watch;

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    write_file (dir, articles[i].name, articles[i].text, -1);
  g_assert_true (ch_corpus_import_sync (corpus, paths, NULL, NULL, &error));
  g_assert_no_error (error);
  aliases = ch_corpus_get_aliases (corpus);
  person = ch_event_get_participants (ch_corpus_get_event (corpus, 0))[0];
  g_assert_nonnull (person);
  splits[0] = person;

  /* What the synchronous consolidation makes of the split. */
  ch_aliases_split (aliases, person);
  ch_corpus_reconsolidate (corpus);
  n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sync_events, ch_event_dup_field (ch_corpus_get_event (corpus, i), "event_id"));
  ch_aliases_unsplit (aliases, person);
  ch_corpus_reconsolidate (corpus);

  watch_init (&watch, corpus);
  ch_corpus_reconsolidate_async (corpus, NULL, NULL, store_result_cb, &first);
  ch_corpus_reconsolidate_async (corpus, splits, NULL, store_result_cb, &second);
  /* Nothing changed yet, the aliases neither: the work is in a thread. */
  g_assert_cmpuint (watch.n_replacements + watch.n_appends, ==, 0);
  {
    g_auto(GStrv) before = ch_aliases_dup_splits (aliases);

    g_assert_cmpuint (g_strv_length (before), ==, 0);
  }
  while (first == NULL || second == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (ch_corpus_reconsolidate_finish (corpus, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (ch_corpus_reconsolidate_finish (corpus, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.n_replacements, ==, 1);
  g_assert_cmpuint (watch.n_appends, ==, 0);
  {
    g_auto(GStrv) now = ch_aliases_dup_splits (aliases);

    g_assert_cmpstrv (now, splits);
  }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = ch_event_dup_field (ch_corpus_get_event (corpus, i), "event_id");

      g_assert_cmpstr (id, ==, g_ptr_array_index (sync_events, i));
    }

  watch_clear (&watch);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/corpus/import-folder", test_import_folder);
  g_test_add_func ("/core/corpus/consolidate", test_consolidate);
  g_test_add_func ("/core/corpus/import-adds", test_import_adds);
  g_test_add_func ("/core/corpus/missing-path", test_missing_path);
  g_test_add_func ("/core/corpus/batches", test_batches);
  g_test_add_func ("/core/corpus/cancel", test_cancel);
  g_test_add_func ("/core/corpus/clear-while-importing", test_clear_while_importing);
  g_test_add_func ("/core/corpus/queued-imports", test_queued_imports);
  g_test_add_func ("/core/corpus/add-events", test_add_events);
  g_test_add_func ("/core/corpus/reconsolidate-async", test_reconsolidate_async);

  return g_test_run ();
}
