/* bench-filter.c: a million events in the corpus, the filter and the window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints: time to make and load the events into the corpus and the
 * window's model, time for facet, date and text changes to re-filter,
 * and memory per event (resident set before and after, divided by the
 * number of events). Run with `meson test --benchmark` under Xvfb; without
 * a display it measures the corpus and the filter alone.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "ch-test-events.h"
#include "ch-window.h"

static gsize
resident_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  /* VmRSS is the current resident set; getrusage() only has the peak. */
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  if (line == NULL)
    return 0;
  return (gsize) g_ascii_strtoull (line + 6, NULL, 10) * 1024;
}

static double
ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static void
pump (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The median of @n timings of one filter change and its undo. */
static double
time_change (ChFilter *filter,
             void    (*apply) (ChFilter *filter, gboolean on),
             guint     n)
{
  g_autofree double *times = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();

      apply (filter, TRUE);
      times[i] = ms_since (start);
      apply (filter, FALSE);
    }
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];
        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  return times[n / 2];
}

static gboolean have_window;

/* After a change: the time until the window has nothing left to do (the
 * timeline's re-projection and the list's new rows included). */
static double
time_until_idle (ChFilter *filter,
                 void    (*apply) (ChFilter *filter, gboolean on))
{
  gint64 start;
  double ms;

  if (!have_window)
    return 0.0;
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  start = g_get_monotonic_time ();
  apply (filter, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  ms = ms_since (start);
  apply (filter, FALSE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  return ms;
}

static void
apply_country (ChFilter *filter,
               gboolean  on)
{

  ch_filter_set_selected (filter, CH_FACET_COUNTRY,
                          ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "PK"), on);
}

static void
apply_type (ChFilter *filter,
            gboolean  on)
{
  ch_filter_set_selected (filter, CH_FACET_TYPE,
                          ch_filter_lookup_value (filter, CH_FACET_TYPE, "meeting"), on);
}

static void
apply_participant (ChFilter *filter,
                   gboolean  on)
{
  ch_filter_set_selected (filter, CH_FACET_PARTICIPANT,
                          ch_filter_lookup_value (filter, CH_FACET_PARTICIPANT, "Sergey Lavrov"), on);
}

static void
apply_date (ChFilter *filter,
            gboolean  on)
{
  ch_filter_set_date_range (filter, on ? 20190301 : 0, on ? 20210630 : 0);
}

static void
apply_text (ChFilter *filter,
            gboolean  on)
{
  ch_filter_set_text (filter, on ? "tashkent" : NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 1000000;
  gboolean have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  g_autoptr(GPtrArray) events = NULL;
  ChWindow *window = NULL;
  g_autoptr(ChCorpus) own_corpus = NULL;
  g_autoptr(ChFilter) own_filter = NULL;
  ChCorpus *corpus;
  ChFilter *filter;
  gsize rss_before, rss_after;
  gint64 start;
  double make_ms, load_ms;

  if (argc > 1)
    n = (guint) g_ascii_strtoull (argv[1], NULL, 10);

  if (have_display)
    {
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      gtk_init ();
      adw_init ();
      window = g_object_new (CH_TYPE_WINDOW, NULL);
      have_window = TRUE;
      gtk_window_present (GTK_WINDOW (window));
      pump (200);
      corpus = ch_window_get_corpus (window);
      filter = ch_window_get_filter (window);
    }
  else
    {
      own_corpus = ch_corpus_new ();
      own_filter = ch_filter_new (own_corpus);
      corpus = own_corpus;
      filter = own_filter;
    }

  rss_before = resident_bytes ();

  start = g_get_monotonic_time ();
  events = ch_test_make_events (n, 2026);
  make_ms = ms_since (start);

  start = g_get_monotonic_time ();
  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);
  load_ms = ms_since (start);

  /* The corpus holds the events now; drop the generator's references so
   * that what is measured is what the window keeps. */
  g_clear_pointer (&events, g_ptr_array_unref);
  if (window != NULL)
    pump (300);

  rss_after = resident_bytes ();

  printf ("events:                          %u\n", n);
  printf ("window:                          %s\n", window ? "yes (Xvfb)" : "no (corpus and filter only)");
  printf ("generate events:                 %.0f ms\n", make_ms);
  printf ("load into corpus + index + model: %.0f ms\n", load_ms);
  printf ("re-filter, country facet:        %.1f ms (%u matches)\n",
          time_change (filter, apply_country, 9), (apply_country (filter, TRUE), ch_filter_get_n_matches (filter)));
  apply_country (filter, FALSE);
  printf ("re-filter, event type facet:     %.1f ms\n", time_change (filter, apply_type, 9));
  printf ("re-filter, participant facet:    %.1f ms\n", time_change (filter, apply_participant, 9));
  printf ("re-filter, date range:           %.1f ms\n", time_change (filter, apply_date, 9));
  printf ("re-filter, free text:            %.1f ms\n", time_change (filter, apply_text, 5));

  if (have_window)
    {
      printf ("country facet, until the window is idle: %.0f ms\n",
              time_until_idle (filter, apply_country));
      printf ("date range, until the window is idle:    %.0f ms\n",
              time_until_idle (filter, apply_date));
    }

  /* Two facets at once, as an analyst narrows down */
  apply_country (filter, TRUE);
  printf ("re-filter, type within country:  %.1f ms\n", time_change (filter, apply_type, 9));
  apply_country (filter, FALSE);

  start = g_get_monotonic_time ();
  ch_filter_set_sort (filter, CH_SORT_PARTICIPANTS, FALSE);
  printf ("first sort by participants:      %.0f ms\n", ms_since (start));
  start = g_get_monotonic_time ();
  ch_filter_set_sort (filter, CH_SORT_DATE, FALSE);
  printf ("sort back by date (cached):      %.1f ms\n", ms_since (start));

  printf ("memory:                          %.0f bytes per event (%.0f MB resident for %u events)\n",
          (double) (rss_after - rss_before) / n, (double) (rss_after - rss_before) / 1e6, n);

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
