/* bench-extract.c: extraction speed on a generated corpus
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds 10,000 articles in memory from sentence templates filled with
 * names, countries, cities, topics and dates of the gazetteer, then
 * extracts them on one thread and on every core (GThreadPool), and prints
 * MB/s, articles/s and the peak resident memory. DESIGN.md asks for at
 * least 50 MB/s on one core.
 *
 * `bench-extract --write DIR` only writes the articles to DIR as
 * article-NNNNN.txt, so that chancery-extract can be run on the same corpus
 * (to check that a faster extractor still gives the same CSV).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "ch-extract.h"
#include "ch-gazetteer.h"

#define N_ARTICLES ((guint) (g_getenv ("BENCH_N") != NULL ? atoi (g_getenv ("BENCH_N")) : 10000))

static const char *months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};

#define N_LEADS 4
#define N_BODIES 7
#define LEAD0 "%s, %d %s %d (Wire): %s Foreign Minister %s met %s Foreign Minister %s on the sidelines of the %dth summit held in %s.\n\n"
#define LEAD1 "%s: %s President %s held talks with %s Prime Minister %s in %s on %d %s %d.\n\n"
#define LEAD2 "%s, %d %s %d - %s Minister %s and %s Ambassador %s discussed cooperation at a meeting in %s.\n\n"
#define LEAD3 "%s: The leaders of %s and %s, President %s and Prime Minister %s, spoke by telephone on %d %s %d.\n\n"
#define BODY0 "The two sides discussed %s, %s and %s, and agreed to expand cooperation in international forums.\n\n"
#define BODY1 "Both ministers stressed the importance of %s and called for closer ties in %s.\n\n"
#define BODY2 "Relations between the two countries have grown in recent years, with trade rising steadily.\n\n"
#define BODY3 "In %d, the two countries signed an agreement on %s.\n\n"
#define BODY4 "Officials said the delegations also reviewed progress on joint projects in %s and %s.\n\n"
#define BODY5 "Share on Social Media\n\n"
#define BODY6 "The minister is expected to visit %s next month for a further round of consultations.\n\n"

typedef struct
{
  ChExtractor *extractor;
  gint         events;
} Shared;

static const char *
pick (GPtrArray *list,
      GRand     *rand,
      const char *fallback)
{
  const ChGazEntry *entry;

  if (list->len == 0)
    return fallback;
  entry = list->pdata[g_rand_int_range (rand, 0, list->len)];
  return entry->name;
}

static char *
make_article (GRand     *rand,
              GPtrArray *countries,
              GPtrArray *cities,
              GPtrArray *people,
              GPtrArray *topics)
{
  GString *s = g_string_sized_new (3000);
  int day = g_rand_int_range (rand, 1, 29);
  const char *month = months[g_rand_int_range (rand, 0, 12)];
  int year = g_rand_int_range (rand, 2000, 2026);
  const char *city = pick (cities, rand, "Geneva");
  const char *c1 = pick (countries, rand, "Pakistan");
  const char *c2 = pick (countries, rand, "Russia");
  const char *p1 = pick (people, rand, "Sergey Lavrov");
  const char *p2 = pick (people, rand, "Wang Yi");
  int lead = g_rand_int_range (rand, 0, N_LEADS);

  g_string_append_printf (s, "%s and %s discuss cooperation\n\n", c1, c2);
  switch (lead)
    {
    case 0:
      g_string_append_printf (s, LEAD0, city, day, month, year, c1, p1, c2, p2,
                              g_rand_int_range (rand, 2, 30), pick (cities, rand, "Tashkent"));
      break;
    case 1:
      g_string_append_printf (s, LEAD1, city, c1, p1, c2, p2, city, day, month, year);
      break;
    case 2:
      g_string_append_printf (s, LEAD2, city, day, month, year, c1, p1, c2, p2, city);
      break;
    default:
      g_string_append_printf (s, LEAD3, city, c1, c2, p1, p2, day, month, year);
      break;
    }

  while (s->len < 2500)
    {
      int body = g_rand_int_range (rand, 0, N_BODIES);

      switch (body)
        {
        case 0:
          g_string_append_printf (s, BODY0, pick (topics, rand, "trade"),
                                  pick (topics, rand, "energy"), pick (topics, rand, "security"));
          break;
        case 1:
          g_string_append_printf (s, BODY1, pick (topics, rand, "trade"), pick (topics, rand, "energy"));
          break;
        case 3:
          g_string_append_printf (s, BODY3, g_rand_int_range (rand, 1990, 2020),
                                  pick (topics, rand, "energy"));
          break;
        case 4:
          g_string_append_printf (s, BODY4, pick (topics, rand, "trade"), pick (topics, rand, "health"));
          break;
        case 6:
          g_string_append_printf (s, BODY6, pick (cities, rand, "Moscow"));
          break;
        case 2:
          g_string_append (s, BODY2);
          break;
        default:
          g_string_append (s, BODY5);
          break;
        }
    }
  return g_string_free (s, FALSE);
}

static guint
extract_one (ChExtractor *extractor,
             const char  *text,
             guint        i)
{
  g_autofree char *uri = g_strdup_printf ("bench://%u", i);
  g_autoptr(ChDocument) document = ch_document_new (uri, NULL, text);
  g_autoptr(GPtrArray) events = ch_extractor_extract (extractor, document);

  return events->len;
}

static void
worker (gpointer data,
        gpointer user_data)
{
  Shared *shared = user_data;
  char **article = data;
  guint n = extract_one (shared->extractor, *article, 0);

  g_atomic_int_add (&shared->events, (gint) n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChExtractor) extractor = NULL;
  ChGazetteer *gazetteer;
  g_autoptr(GPtrArray) countries = NULL;
  g_autoptr(GPtrArray) cities = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  char **articles;
  gsize total = 0;
  guint events = 0;
  gint64 start, cpu_start;
  double seconds, mb;
  guint n_threads = MAX (1, g_get_num_processors ());
  GThreadPool *pool;
  Shared shared = { 0 };
  struct rusage usage;

  extractor = ch_extractor_new (&error);
  if (extractor == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  gazetteer = ch_gazetteer_get_default ();
  countries = ch_gazetteer_list (gazetteer, CH_GAZ_COUNTRY);
  cities = ch_gazetteer_list (gazetteer, CH_GAZ_CITY);
  people = ch_gazetteer_list (gazetteer, CH_GAZ_PERSON);
  topics = g_ptr_array_new ();
  {
    /* topic terms as prose: the slugs themselves are not words */
    static const char *words[] = {
      "trade", "energy", "investment", "security", "counterterrorism", "agriculture",
      "health", "railways", "climate change", "education", "tourism", "defence",
    };
    static ChGazEntry entries[G_N_ELEMENTS (words)];

    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        entries[i].name = words[i];
        g_ptr_array_add (topics, &entries[i]);
      }
  }

  articles = g_new0 (char *, N_ARTICLES + 1);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      articles[i] = make_article (rand, countries, cities, people, topics);
      total += strlen (articles[i]);
    }
  mb = total / (1024.0 * 1024.0);
  g_print ("corpus: %u articles, %.1f MB\n", N_ARTICLES, mb);

  if (argc == 3 && g_strcmp0 (argv[1], "--write") == 0)
    {
      if (g_mkdir_with_parents (argv[2], 0755) != 0)
        {
          g_printerr ("%s: cannot create the folder\n", argv[2]);
          return 1;
        }
      for (guint i = 0; i < N_ARTICLES; i++)
        {
          g_autofree char *name = g_strdup_printf ("article-%05u.txt", i);
          g_autofree char *path = g_build_filename (argv[2], name, NULL);

          if (!g_file_set_contents (path, articles[i], -1, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
        }
      g_strfreev (articles);
      return 0;
    }

  /* warm up: the gazetteer is loaded once */
  extract_one (extractor, articles[0], 0);

  start = g_get_monotonic_time ();
  cpu_start = g_get_monotonic_time ();
  {
    struct rusage r;

    getrusage (RUSAGE_THREAD, &r);
    cpu_start = r.ru_utime.tv_sec * G_USEC_PER_SEC + r.ru_utime.tv_usec +
                r.ru_stime.tv_sec * G_USEC_PER_SEC + r.ru_stime.tv_usec;
  }
  for (guint i = 0; i < N_ARTICLES; i++)
    events += extract_one (extractor, articles[i], i);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  {
    /* CPU time too: on a busy machine the wall clock says little */
    struct rusage r;
    double cpu;

    getrusage (RUSAGE_THREAD, &r);
    cpu = (r.ru_utime.tv_sec * G_USEC_PER_SEC + r.ru_utime.tv_usec +
           r.ru_stime.tv_sec * G_USEC_PER_SEC + r.ru_stime.tv_usec - cpu_start) / (double) G_USEC_PER_SEC;
    g_print ("1 thread:   %.2f s, %.1f MB/s, %.0f articles/s, %u events "
             "(CPU %.2f s, %.1f MB/s of CPU time)\n",
             seconds, mb / seconds, N_ARTICLES / seconds, events, cpu, mb / cpu);
  }

  shared.extractor = extractor;
  pool = g_thread_pool_new (worker, &shared, (int) n_threads, TRUE, NULL);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_ARTICLES; i++)
    g_thread_pool_push (pool, &articles[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_print ("%u threads:  %.2f s, %.1f MB/s, %.0f articles/s, %d events\n",
           n_threads, seconds, mb / seconds, N_ARTICLES / seconds, shared.events);

  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak memory: %.1f MB\n", usage.ru_maxrss / 1024.0);

  g_strfreev (articles);
  return 0;
}
