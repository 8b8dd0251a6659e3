/* bench-filter.c: a million events in the corpus, the filter and the window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints: time to make and load the events into the corpus and the
 * window's model; for each facet, date and text change the time to
 * re-filter and, with the window, the time until the window has nothing
 * left to do (list rows, facet counts, status, the timeline's projection);
 * the timeline's frame time in the window; and memory per event (resident
 * set before and after, divided by the number of events). Times are wall
 * clock, with the main thread's CPU time in brackets: on a busy machine
 * that is the closer measure of the work itself. Run with
 * `meson test --benchmark` under Xvfb; without a display it measures the
 * corpus and the filter alone.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "ch-test-events.h"
#include "ch-timeline-private.h"
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

/* The main thread's CPU time, in ms. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct
{
  double wall;
  double cpu;
} Timing;

static void
sort_doubles (double *v,
              guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
      }
}

/* Medians of wall and CPU times, each on its own. */
static Timing
median_timing (Timing *t,
               guint   n)
{
  g_autofree double *wall = g_new (double, n);
  g_autofree double *cpu = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      wall[i] = t[i].wall;
      cpu[i] = t[i].cpu;
    }
  sort_doubles (wall, n);
  sort_doubles (cpu, n);
  return (Timing) { wall[n / 2], cpu[n / 2] };
}

static void
pump (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean have_window;

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The median of @n timings of one filter change (the call alone) and of
 * its undo; with the window, the main loop runs dry between them, so
 * each change starts from a window at rest. */
static Timing
time_change (ChFilter *filter,
             void    (*apply) (ChFilter *filter, gboolean on),
             guint     n)
{
  g_autofree Timing *times = g_new (Timing, n);

  for (guint i = 0; i < n; i++)
    {
      gint64 start;
      double cpu;

      if (have_window)
        drain ();
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      apply (filter, TRUE);
      times[i] = (Timing) { ms_since (start), cpu_ms () - cpu };
      apply (filter, FALSE);
    }
  if (have_window)
    drain ();
  return median_timing (times, n);
}

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  painted = TRUE;
}

/* Runs the main loop until the window has drawn a frame (or a second has
 * passed) and then has nothing left to do. */
static gboolean
give_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
drain_through_frame (void)
{
  gboolean given_up = FALSE;
  guint timeout_id;

  painted = FALSE;
  drain ();
  /* A change that draws nothing new brings no frame: the timeout wakes
   * the loop then. */
  timeout_id = g_timeout_add (1000, give_up_cb, &given_up);
  while (!painted && !given_up)
    g_main_context_iteration (NULL, TRUE);
  if (!given_up)
    g_source_remove (timeout_id);
  drain ();
}

/* After a change: the time until the window has nothing left to do (the
 * list's rows, the facet counts, the timeline's bins included), and with
 * @through_frame, until it has also drawn a frame that shows the change
 * (whether a frame falls into a drain is otherwise a matter of timing);
 * the median of @n. */
static Timing
time_until_idle (ChFilter *filter,
                 void    (*apply) (ChFilter *filter, gboolean on),
                 guint     n,
                 gboolean  through_frame)
{
  g_autofree Timing *times = g_new (Timing, n);

  for (guint i = 0; i < n; i++)
    {
      gint64 start;
      double cpu;

      if (through_frame)
        drain_through_frame ();
      else
        drain ();
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      apply (filter, TRUE);
      if (through_frame)
        drain_through_frame ();
      else
        drain ();
      times[i] = (Timing) { ms_since (start), cpu_ms () - cpu };
      apply (filter, FALSE);
      if (through_frame)
        drain_through_frame ();
      else
        drain ();
    }
  return median_timing (times, n);
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
apply_organization (ChFilter *filter,
                    gboolean  on)
{
  ch_filter_set_selected (filter, CH_FACET_ORGANIZATION,
                          ch_filter_lookup_value (filter, CH_FACET_ORGANIZATION, "SCO"), on);
}

static void
apply_topic (ChFilter *filter,
             gboolean  on)
{
  ch_filter_set_selected (filter, CH_FACET_TOPIC,
                          ch_filter_lookup_value (filter, CH_FACET_TOPIC, "energy"), on);
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

static const struct {
  const char *name;
  void      (*apply) (ChFilter *filter, gboolean on);
} changes[] = {
  { "country facet (PK)", apply_country },
  { "event type facet (meeting)", apply_type },
  { "participant facet", apply_participant },
  { "organization facet (SCO)", apply_organization },
  { "topic facet (energy)", apply_topic },
  { "date range (28 months)", apply_date },
  { "free text (\"tashkent\")", apply_text },
};

static void
print_timing (const char *what,
              Timing      t)
{
  printf ("  %-34s %7.1f ms (cpu %6.1f ms)\n", what, t.wall, t.cpu);
}

static GtkWidget *
find_timeline (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (CH_IS_TIMELINE (child))
        return child;
      if ((found = find_timeline (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A timeline frame in the window: the whole static layer drawn again (a
 * pan or zoom frame) and a frame from its cache (hover, selection). */
static void
measure_timeline_frames (ChTimeline *timeline,
                         const char *label)
{
  GtkWidget *widget = GTK_WIDGET (timeline);
  Timing full[9], cached[9];

  for (guint run = 0; run < G_N_ELEMENTS (full); run++)
    {
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      gint64 start;
      double cpu;

      _ch_timeline_drop_cache (timeline);
      snapshot = gtk_snapshot_new ();
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      full[run] = (Timing) { ms_since (start), cpu_ms () - cpu };
      g_clear_pointer (&node, gsk_render_node_unref);

      snapshot = gtk_snapshot_new ();
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      cached[run] = (Timing) { ms_since (start), cpu_ms () - cpu };
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  printf ("timeline frame, %s (%d x %d px):\n", label,
          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  print_timing ("full frame (static layer)", median_timing (full, G_N_ELEMENTS (full)));
  print_timing ("cached frame", median_timing (cached, G_N_ELEMENTS (cached)));
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
  double cpu, make_ms, load_ms, load_cpu, idle_ms = 0, idle_cpu = 0, index_ms;

  if (argc > 1)
    n = (guint) g_ascii_strtoull (argv[1], NULL, 10);

  if (have_display)
    {
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      gtk_init ();
      adw_init ();
      window = g_object_new (CH_TYPE_WINDOW, NULL);
      have_window = TRUE;
      gtk_window_set_default_size (GTK_WINDOW (window), 1360, 860);
      gtk_window_present (GTK_WINDOW (window));
      pump (200);
      g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                        G_CALLBACK (on_after_paint_cb), NULL);
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
  cpu = cpu_ms ();
  ch_corpus_add_events (corpus, (ChEvent **) events->pdata, events->len);
  load_ms = ms_since (start);
  load_cpu = cpu_ms () - cpu;
  if (window != NULL)
    {
      drain ();
      idle_ms = ms_since (start);
      idle_cpu = cpu_ms () - cpu;
    }

  /* The corpus holds the events now; drop the generator's references so
   * that what is measured is what the window keeps. */
  g_clear_pointer (&events, g_ptr_array_unref);

  /* The free-text index is built on a worker thread; the memory it takes
   * counts once it is done. */
  while (!ch_filter_has_text_index (filter))
    g_main_context_iteration (NULL, TRUE);
  index_ms = ms_since (start);
  if (window != NULL)
    pump (300);

  rss_after = resident_bytes ();

  printf ("events:                           %u\n", n);
  printf ("window:                           %s\n", window ? "yes (Xvfb)" : "no (corpus and filter only)");
  printf ("generate events:                  %.0f ms\n", make_ms);
  printf ("load into corpus + index + model: %.0f ms (cpu %.0f ms)\n", load_ms, load_cpu);
  if (window != NULL)
    printf ("  ... until the window is idle:   %.0f ms (cpu %.0f ms)\n", idle_ms, idle_cpu);
  printf ("  ... until the text index is built: %.0f ms (on a worker thread)\n", index_ms);

  printf ("re-filter, the call alone (median of 9):\n");
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *what = NULL;

      changes[i].apply (filter, TRUE);
      what = g_strdup_printf ("%s, %u", changes[i].name, ch_filter_get_n_matches (filter));
      changes[i].apply (filter, FALSE);
      print_timing (what, time_change (filter, changes[i].apply, 9));
    }

  if (have_window)
    {
      printf ("re-filter until the window is idle (median of 5):\n");
      for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
        print_timing (changes[i].name, time_until_idle (filter, changes[i].apply, 5, FALSE));
      printf ("re-filter until the window has drawn it (median of 5):\n");
      for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
        print_timing (changes[i].name, time_until_idle (filter, changes[i].apply, 5, TRUE));

      /* A selection to carry through the changes */
      gtk_selection_model_select_range (ch_window_get_selection (window), 0, 1000, TRUE);
      drain ();
      printf ("  with 1000 events selected:\n");
      print_timing (changes[0].name, time_until_idle (filter, changes[0].apply, 5, FALSE));
      print_timing (changes[5].name, time_until_idle (filter, changes[5].apply, 5, FALSE));
    }

  /* Two facets at once, as an analyst narrows down */
  apply_country (filter, TRUE);
  if (have_window)
    drain ();
  printf ("narrowing:\n");
  print_timing ("type within country, call", time_change (filter, apply_type, 9));
  if (have_window)
    print_timing ("type within country, until idle", time_until_idle (filter, apply_type, 5, FALSE));
  apply_country (filter, FALSE);
  if (have_window)
    drain ();

  printf ("sorting:\n");
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  ch_filter_set_sort (filter, CH_SORT_PARTICIPANTS, FALSE);
  if (have_window)
    drain ();
  print_timing ("first sort by participants", (Timing) { ms_since (start), cpu_ms () - cpu });
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  ch_filter_set_sort (filter, CH_SORT_DATE, FALSE);
  if (have_window)
    drain ();
  print_timing ("sort back by date (cached)", (Timing) { ms_since (start), cpu_ms () - cpu });

  if (have_window)
    {
      ChTimeline *timeline = CH_TIMELINE (find_timeline (GTK_WIDGET (window)));

      drain ();
      measure_timeline_frames (timeline, "all events, fitted");
      apply_country (filter, TRUE);
      drain ();
      measure_timeline_frames (timeline, "country facet");
      apply_country (filter, FALSE);
      drain ();
    }

  printf ("memory:                           %.0f bytes per event (%.0f MB resident for %u events)\n",
          (double) (rss_after - rss_before) / n, (double) (rss_after - rss_before) / 1e6, n);

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
