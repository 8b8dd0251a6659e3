/* bench-timeline.c: a million events on the timeline
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, in milliseconds: the projection of the model (once per model or
 * lane mode change), a full snapshot of the static layer (every pan or
 * zoom frame), a cached frame (hover, selection, brush) and the cairo
 * rendering of a frame, at a fitted and at a zoomed-in view.
 *
 * Run: xvfb-run -a meson test -C build --benchmark --verbose
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "ch-corpus.h"
#include "ch-timeline-private.h"

#define N_EVENTS 1000000
#define N_RUNS   15

static const char * const countries[] = {
  "CN", "IN", "IR", "JP", "KZ", "PK", "RU", "SA", "TR", "US", "UZ", "AF",
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static ChCorpus *
generate_corpus (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_full (N_EVENTS, g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  char names[300][32];
  ChCorpus *corpus = ch_corpus_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_snprintf (names[i], sizeof names[i], "Participant %03u", i);

  for (guint i = 0; i < N_EVENTS; i++)
    {
      ChEvent *event = ch_event_new ();
      guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (countries));
      guint b = (a + g_rand_int_range (rand, 1, G_N_ELEMENTS (countries))) % G_N_ELEMENTS (countries);
      const char *pair[3] = { countries[MIN (a, b)], countries[MAX (a, b)], NULL };
      const char *people[3] = {
        names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
        names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
        NULL
      };
      guint precision = g_rand_int_range (rand, 0, 100);
      ChDay day = {
        .year = (guint16) g_rand_int_range (rand, 2000, 2026),
        .month = (guint8) (precision < 97 ? g_rand_int_range (rand, 1, 13) : 0),
        .day = (guint8) (precision < 90 ? g_rand_int_range (rand, 1, 29) : 0),
      };

      ch_event_set_date (event, &day);
      ch_event_set_event_type (event, (ChEventType) g_rand_int_range (rand, 0, CH_N_EVENT_TYPES));
      ch_event_set_countries (event, pair);
      ch_event_set_participants (event, people, NULL);
      g_ptr_array_add (events, event);
    }

  ch_corpus_add_events (corpus, (ChEvent * const *) events->pdata, events->len);
  return corpus;
}

static void
measure_frames (ChTimeline *timeline,
                const char *label,
                const char *png)
{
  GtkWidget *widget = GTK_WIDGET (timeline);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  double uncached[N_RUNS], cached[N_RUNS], render[N_RUNS];
  double m_uncached, m_cached, m_render;
  ChTimelineStats stats;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  for (guint run = 0; run < N_RUNS; run++)
    {
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      GdkTexture *texture;
      double t0;

      _ch_timeline_drop_cache (timeline);
      snapshot = gtk_snapshot_new ();
      /* What the CSS background gives the widget in the window, so that
       * the saved picture reads as it would there. */
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, &GRAPHENE_RECT_INIT (0, 0, w, h));
      t0 = now_ms ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      uncached[run] = now_ms () - t0;

      t0 = now_ms ();
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
      render[run] = now_ms () - t0;
      if (run == 0 && png != NULL)
        gdk_texture_save_to_png (texture, png);
      g_object_unref (texture);
      gsk_render_node_unref (node);

      snapshot = gtk_snapshot_new ();
      t0 = now_ms ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      cached[run] = now_ms () - t0;
      gsk_render_node_unref (node);
    }

  _ch_timeline_get_stats (timeline, &stats);
  /* median() sorts: afterwards [0] is the fastest run. */
  m_uncached = median (uncached, N_RUNS);
  m_cached = median (cached, N_RUNS);
  m_render = median (render, N_RUNS);

  /* Medians, and the fastest run in brackets: on a busy machine the
   * fastest is the closer estimate of the work itself. */
  g_print ("%-30s static layer %6.2f (%5.2f) ms | cached frame %5.3f (%5.3f) ms | cairo render %6.2f (%5.2f) ms"
           "   [%u marks, %u spans, %u bins in %u bars]\n",
           label, m_uncached, uncached[0], m_cached, cached[0], m_render, render[0],
           stats.n_marks, stats.n_spans, stats.n_bins, stats.n_bars);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ChCorpus) corpus = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;
  GtkWindow *window;
  ChTimeline *timeline;
  double t0, projection[3];

  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  if (!gtk_init_check ())
    {
      g_print ("no display; run under xvfb-run\n");
      return 0;
    }
  adw_init ();

  t0 = now_ms ();
  corpus = generate_corpus ();
  g_print ("generated %u events in %.0f ms\n", N_EVENTS, now_ms () - t0);

  selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (corpus))));
  timeline = CH_TIMELINE (ch_timeline_new ());
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 640);
  gtk_window_set_child (window, GTK_WIDGET (timeline));
  gtk_window_present (window);
  while (gtk_widget_get_width (GTK_WIDGET (timeline)) < 1200)
    g_main_context_iteration (NULL, TRUE);

  ch_timeline_set_selection (timeline, selection);
  for (guint i = 0; i < G_N_ELEMENTS (projection); i++)
    {
      ch_timeline_set_model (timeline, NULL);
      _ch_timeline_ensure_projection (timeline);
      t0 = now_ms ();
      ch_timeline_set_model (timeline, G_LIST_MODEL (corpus));
      _ch_timeline_ensure_projection (timeline);
      projection[i] = now_ms () - t0;
    }
  g_print ("projection, country-pair lanes (%u lanes): %.1f ms (median of %u)\n",
           ch_timeline_get_n_lanes (timeline), median (projection, G_N_ELEMENTS (projection)),
           (guint) G_N_ELEMENTS (projection));

  gtk_selection_model_select_range (selection, 0, 1000, TRUE);
  ch_timeline_set_range (timeline, 20100101, 20121231);
  ch_timeline_zoom_to_fit (timeline);
  measure_frames (timeline, "fitted (26 years, 1M visible)", "bench-timeline-fitted.png");
  _ch_timeline_set_lod_enabled (timeline, FALSE);
  measure_frames (timeline, "  same, visiting every event", NULL);
  _ch_timeline_set_lod_enabled (timeline, TRUE);
  _ch_timeline_zoom_at (timeline, 700, 26);
  measure_frames (timeline, "zoomed to one year", "bench-timeline-year.png");
  _ch_timeline_zoom_at (timeline, 700, 12);
  measure_frames (timeline, "zoomed to one month", NULL);
  _ch_timeline_zoom_at (timeline, 700, 4);
  measure_frames (timeline, "zoomed to one week", "bench-timeline-week.png");

  t0 = now_ms ();
  ch_timeline_set_lane_mode (timeline, "participant");
  _ch_timeline_ensure_projection (timeline);
  g_print ("projection, participant lanes (%u lanes): %.1f ms\n",
           ch_timeline_get_n_lanes (timeline), now_ms () - t0);
  ch_timeline_zoom_to_fit (timeline);
  measure_frames (timeline, "participants, fitted", "bench-timeline-participants.png");

  gtk_window_destroy (window);
  return 0;
}
