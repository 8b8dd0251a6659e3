/* bench-corpus.c: importing 10,000 articles into a ChCorpus
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes 10,000 short articles of its own into a temporary folder, imports
 * them with ch_corpus_import_async() while a main loop runs, as the window
 * does, and prints: the time until every document is in the model, the
 * time consolidation took afterwards, the number of batches
 * (items-changed emissions) and the longest time the main loop was kept
 * from running. Prints figures; asserts nothing about time. Run:
 *   meson test -C build --benchmark --suite core --verbose
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ch-alias.h"
#include "ch-corpus.h"

#define N_ARTICLES 10000

static const char * const first_names[] = {
  "Helena", "Tomas", "Grace", "Ingrid", "Anna", "Kenji", "Paula", "Daniel",
  "Karim", "Nikos", "Aigerim", "Laszlo", "Camilo", "Marta", "Ruth", "Omar",
};
static const char * const last_names[] = {
  "Carvalho", "Reyes", "Wanjiru", "Solberg", "Kalnina", "Morita", "Ribeiro",
  "Mwangi", "Saleh", "Pappas", "Sadykova", "Voros", "Arango", "Lindqvist",
};
static const char * const sides[][2] = {
  { "Portugal's", "Lisbon" }, { "Chile's", "Santiago" }, { "Kenya's", "Nairobi" },
  { "Norway's", "Oslo" }, { "Vietnam's", "Hanoi" }, { "Latvia's", "Riga" },
  { "Japan's", "Tokyo" }, { "Brazil's", "Brasilia" }, { "Egypt's", "Cairo" },
  { "Greece's", "Athens" }, { "Mongolia's", "Ulaanbaatar" }, { "Colombia's", "Bogota" },
};
static const char * const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};
static const char filler[] =
  "The talks took place as prices for grain and fuel rose, and officials on both "
  "sides said further rounds were planned. Trade between the two countries has grown "
  "steadily over the past decade, according to figures published last year. ";

typedef struct
{
  gint64        start;
  gint64        all_published;
  gint64        last_tick;
  gint64        longest_gap;
  guint         n_batches;
  GAsyncResult *result;
} Bench;

static void
write_articles (const char *dir)
{
  GRand *rand = g_rand_new_with_seed (20261122);

  for (guint i = 0; i < N_ARTICLES; i++)
    {
      guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (sides));
      guint b = (a + g_rand_int_range (rand, 1, G_N_ELEMENTS (sides))) % G_N_ELEMENTS (sides);
      guint pa = g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names));
      guint pb = g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names));
      g_autofree char *sub = g_strdup_printf ("%s/%02u", dir, i / 500);
      g_autofree char *path = g_strdup_printf ("%s/article-%05u.txt", sub, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint paragraphs = g_rand_int_range (rand, 1, 6);

      g_string_append_printf (text,
                              "Talks in %s, number %u\n\n"
                              "%s, %u %s 2023 - %s Foreign Minister %s %s met %s Foreign "
                              "Minister %s %s in %s on Friday to discuss trade, energy and "
                              "security.\n\n",
                              sides[a][1], i, sides[a][1], 1 + i % 28, months[i % 12],
                              sides[a][0],
                              first_names[pa % G_N_ELEMENTS (first_names)],
                              last_names[pa / G_N_ELEMENTS (first_names)],
                              sides[b][0],
                              first_names[pb % G_N_ELEMENTS (first_names)],
                              last_names[pb / G_N_ELEMENTS (first_names)],
                              sides[a][1]);
      for (guint p = 0; p < paragraphs; p++)
        g_string_append (text, filler);

      g_mkdir_with_parents (sub, 0755);
      if (!g_file_set_contents (path, text->str, text->len, &error))
        g_error ("%s", error->message);
    }

  g_rand_free (rand);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Bench      *bench)
{
  bench->n_batches++;
}

static void
files_done_cb (ChCorpus   *corpus,
               GParamSpec *pspec,
               Bench      *bench)
{
  if (ch_corpus_get_n_files_done (corpus) == N_ARTICLES && bench->all_published == 0)
    bench->all_published = g_get_monotonic_time ();
}

static gboolean
tick_cb (gpointer data)
{
  Bench *bench = data;
  gint64 now = g_get_monotonic_time ();

  if (bench->last_tick != 0)
    bench->longest_gap = MAX (bench->longest_gap, now - bench->last_tick);
  bench->last_tick = now;

  return G_SOURCE_CONTINUE;
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Bench *bench = user_data;

  bench->result = g_object_ref (result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChCorpus) corpus = ch_corpus_new ();
  g_autofree char *dir = g_dir_make_tmp ("chancery-bench-corpus-XXXXXX", &error);
  const char *paths[] = { dir, NULL };
  Bench bench = { 0 };
  gint64 end;
  guint tick;

  g_assert_no_error (error);
  write_articles (dir);

  g_signal_connect (corpus, "items-changed", G_CALLBACK (items_changed_cb), &bench);
  g_signal_connect (corpus, "notify::n-files-done", G_CALLBACK (files_done_cb), &bench);
  tick = g_timeout_add (5, tick_cb, &bench);

  bench.start = g_get_monotonic_time ();
  ch_corpus_import_async (corpus, paths, NULL, done_cb, &bench);
  while (bench.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();
  g_source_remove (tick);

  if (!ch_corpus_import_finish (corpus, bench.result, NULL, &error))
    g_error ("%s", error->message);

  printf ("corpus import of %u articles on %u threads:\n", N_ARTICLES, g_get_num_processors ());
  printf ("  every document in the model: %.2f s\n",
          (double) (bench.all_published - bench.start) / G_USEC_PER_SEC);
  printf ("  consolidation (worker):      %.2f s\n",
          (double) (end - bench.all_published) / G_USEC_PER_SEC);
  printf ("  total:                       %.2f s\n", (double) (end - bench.start) / G_USEC_PER_SEC);
  printf ("  documents %u, events %u, items-changed %u\n",
          ch_corpus_get_n_documents (corpus),
          g_list_model_get_n_items (G_LIST_MODEL (corpus)), bench.n_batches);
  printf ("  longest main-loop gap:       %.1f ms\n", bench.longest_gap / 1000.0);

  /* The reader's "Separate": a spelling split off, then every raw event
   * consolidated again, on the calling thread. */
  {
    g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
    const char * const *people = ch_event_get_participants (event);
    ChAliases *aliases = ch_corpus_get_aliases (corpus);
    gint64 t0, t1, t2, t3;

    if (people != NULL && people[0] != NULL)
      {
        g_autofree char *spelling = g_strdup (people[0]);

        t0 = g_get_monotonic_time ();
        ch_aliases_split (aliases, spelling);
        ch_corpus_reconsolidate (corpus);
        t1 = g_get_monotonic_time ();
        ch_aliases_unsplit (aliases, spelling);
        ch_corpus_reconsolidate (corpus);
        t2 = g_get_monotonic_time ();
        printf ("  reconsolidation of %u events: %.1f ms (split), %.1f ms (merged again)\n",
                g_list_model_get_n_items (G_LIST_MODEL (corpus)),
                (t1 - t0) / 1000.0, (t2 - t1) / 1000.0);

        /* As the window does it: in a worker, the main loop free meanwhile;
         * a 2 ms ticker measures the longest time it was kept from running,
         * the callback that installs the result included. */
        g_clear_object (&bench.result);
        bench.last_tick = 0;
        bench.longest_gap = 0;
        tick = g_timeout_add (2, tick_cb, &bench);
        t0 = g_get_monotonic_time ();
        ch_corpus_reconsolidate_async (corpus, (const char * const[]) { spelling, NULL },
                                       NULL, done_cb, &bench);
        t1 = g_get_monotonic_time ();
        while (bench.result == NULL)
          g_main_context_iteration (NULL, TRUE);
        t2 = g_get_monotonic_time ();
        t3 = bench.last_tick;
        while (bench.last_tick == t3)
          g_main_context_iteration (NULL, TRUE);
        g_source_remove (tick);
        if (!ch_corpus_reconsolidate_finish (corpus, bench.result, &error))
          g_error ("%s", error->message);
        printf ("  reconsolidation in a worker: %.1f ms to start, %.1f ms in all, "
                "longest main-loop gap %.1f ms\n",
                (t1 - t0) / 1000.0, (t2 - t0) / 1000.0, bench.longest_gap / 1000.0);
      }
  }

  g_clear_object (&bench.result);
  remove_tree (dir);

  return 0;
}
