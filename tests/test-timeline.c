/* test-timeline.c: ChTimeline in a real window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "ch-test-render.h"
#include "ch-corpus.h"
#include "ch-filter.h"
#include "ch-timeline-private.h"

typedef struct
{
  const char  *date;
  ChEventType  type;
  const char  *countries;
  const char  *participants;
} EventSpec;

/* Positions 0-5; 5 has no date and must not be drawn. */
static const EventSpec small_corpus[] = {
  { "2023-03-14", CH_EVENT_TYPE_MEETING, "PK;RU", "Ayesha Khan;Boris Volkov" },
  { "2023-06", CH_EVENT_TYPE_VISIT, "PK;RU", "Ayesha Khan;Chen Wei" },
  { "2024", CH_EVENT_TYPE_AGREEMENT, "CN;PK", "Dmitri Orlov" },
  { "2024-09-10", CH_EVENT_TYPE_PHONE_CALL, "RU;US", "Boris Volkov;Emma Stone" },
  { "2025-01-20", CH_EVENT_TYPE_NEGOTIATION, "CN;PK", "Dmitri Orlov;Ayesha Khan" },
  { "", CH_EVENT_TYPE_MEETING, "PK;RU", "Ayesha Khan" },
};

typedef struct
{
  GtkWindow          *window;
  ChTimeline         *timeline;
  ChCorpus           *corpus;
  GtkSelectionModel  *selection;
} Fixture;

static ChEvent *
make_event (const EventSpec *spec)
{
  g_autoptr(ChEvent) event = ch_event_new ();
  g_auto(GStrv) countries = g_strsplit (spec->countries, ";", -1);
  g_auto(GStrv) participants = g_strsplit (spec->participants, ";", -1);
  ChDay day = { 0 };

  if (*spec->date)
    g_assert_true (ch_day_parse_iso (spec->date, &day));
  ch_event_set_date (event, &day);
  ch_event_set_event_type (event, spec->type);
  ch_event_set_countries (event, (const char * const *) countries);
  ch_event_set_participants (event, (const char * const *) participants, NULL);
  return g_steal_pointer (&event);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Draws a real frame, so that the widget's render node is current. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static void
load_style (void)
{
  static gboolean loaded;
  g_autofree char *path = NULL;
  GtkCssProvider *provider;

  if (loaded)
    return;
  loaded = TRUE;
  path = g_test_build_filename (G_TEST_DIST, "..", "resources", "style.css", NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

static void
fixture_setup_with (Fixture         *fixture,
                    const EventSpec *specs,
                    guint            n_specs)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  load_style ();
  fixture->corpus = ch_corpus_new ();
  for (guint i = 0; i < n_specs; i++)
    g_ptr_array_add (events, make_event (&specs[i]));
  ch_corpus_add_events (fixture->corpus, (ChEvent * const *) events->pdata, events->len);

  fixture->selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (fixture->corpus))));
  fixture->timeline = CH_TIMELINE (ch_timeline_new ());
  g_object_set (fixture->timeline,
                "model", fixture->corpus,
                "selection", fixture->selection,
                NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 360);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->timeline));
  gtk_window_present (fixture->window);

  while (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) < 900 ||
         !gtk_widget_get_mapped (GTK_WIDGET (fixture->timeline)))
    g_main_context_iteration (NULL, TRUE);
  wait_for_frame (GTK_WIDGET (fixture->timeline));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_setup_with (fixture, small_corpus, G_N_ELEMENTS (small_corpus));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->selection);
  g_assert_finalize_object (fixture->corpus);
}

static double
julian (const char *iso)
{
  ChDay day;
  g_autoptr(GDateTime) dt = NULL;

  g_assert_true (ch_day_parse_iso (iso, &day));
  dt = g_date_time_new_utc (day.year, day.month ? day.month : 1, day.day ? day.day : 1, 0, 0, 0);
  return g_date_time_to_unix (dt) / 86400.0;
}

static guint32
key_of (const char *iso)
{
  ChDay day;

  g_assert_true (ch_day_parse_iso (iso, &day));
  return ch_day_sort_key (&day);
}

static int
lane_index (ChTimeline *timeline,
            const char *name)
{
  for (guint i = 0; i < ch_timeline_get_n_lanes (timeline); i++)
    if (g_strcmp0 (ch_timeline_get_lane_name (timeline, i), name) == 0)
      return (int) i;
  return -1;
}

static guint
selected_position (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (selection);

  g_assert_cmpuint (gtk_bitset_get_size (set), ==, 1);
  return gtk_bitset_get_minimum (set);
}

static void
test_mapping (Fixture       *fixture,
              gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  double width = gtk_widget_get_width (GTK_WIDGET (tl));
  double x0 = _ch_timeline_x_for_sort_key (tl, key_of ("2023-03-14"));
  double x3 = _ch_timeline_x_for_sort_key (tl, key_of ("2024-09-10"));
  double x4 = _ch_timeline_x_for_sort_key (tl, key_of ("2025-01-20"));
  double ppd = (x4 - x0) / (julian ("2025-01-20") - julian ("2023-03-14"));

  /* Fitted: every event inside the plot, first near the left, last near
   * the right. */
  g_assert_cmpfloat (x0, >, 132);
  g_assert_cmpfloat (x0, <, 200);
  g_assert_cmpfloat (x4, <, width);
  g_assert_cmpfloat (x4, >, width - 70);

  /* Linear in calendar days. */
  g_assert_cmpfloat_with_epsilon (x3 - x0, (julian ("2024-09-10") - julian ("2023-03-14")) * ppd, 0.01);

  /* The day under each event's x is its date, and a click there finds it. */
  for (guint i = 0; i < G_N_ELEMENTS (small_corpus); i++)
    {
      const EventSpec *spec = &small_corpus[i];
      g_auto(GStrv) countries = g_strsplit (spec->countries, ";", -1);
      g_autofree char *lane_name = g_strjoinv ("–", countries);
      int lane = lane_index (tl, lane_name);
      guint pos = G_MAXUINT;
      double x, y;

      g_assert_cmpint (lane, >=, 0);
      y = _ch_timeline_y_for_lane (tl, lane);
      if (*spec->date == '\0')
        continue;
      x = _ch_timeline_x_for_sort_key (tl, key_of (spec->date));
      g_assert_true (_ch_timeline_hit_test (tl, x, y, &pos));
      g_assert_cmpuint (pos, ==, i);
      if (strlen (spec->date) == 10)
        {
          g_assert_cmpuint (_ch_timeline_sort_key_at_x (tl, x), ==, key_of (spec->date));
          /* A few pixels away from a day's mark, nothing. */
          g_assert_false (_ch_timeline_hit_test (tl, x + 12, y, &pos) && pos == i);
        }
    }

  /* The month-precision event covers its month: hits at its first and last
   * day, not in the month before or after. */
  {
    int lane = lane_index (tl, "PK–RU");
    double y = _ch_timeline_y_for_lane (tl, lane);
    guint pos = G_MAXUINT;

    g_assert_true (_ch_timeline_hit_test (tl, _ch_timeline_x_for_sort_key (tl, 20230602), y, &pos));
    g_assert_cmpuint (pos, ==, 1);
    g_assert_true (_ch_timeline_hit_test (tl, _ch_timeline_x_for_sort_key (tl, 20230629), y, &pos));
    g_assert_cmpuint (pos, ==, 1);
    g_assert_false (_ch_timeline_hit_test (tl, _ch_timeline_x_for_sort_key (tl, 20230810), y, &pos));
  }
}

static void
test_lanes (Fixture       *fixture,
            gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  guint notified = 0;

  g_signal_connect_swapped (tl, "notify::lane-mode", G_CALLBACK (g_atomic_int_inc), &notified);

  g_assert_cmpstr (ch_timeline_get_lane_mode (tl), ==, "country-pair");
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 3);
  /* Busiest first, ties alphabetically: CN–PK and PK–RU have two dated
   * events each (PK–RU's undated third is not drawn), RU–US one. */
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "CN–PK");
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 1), ==, "PK–RU");
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 2), ==, "RU–US");

  g_object_set (tl, "lane-mode", "participant", NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 5);
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "Ayesha Khan");
  g_assert_cmpint (lane_index (tl, "Emma Stone"), >=, 0);

  /* The phone call of 2024-09-10 sits in both its participants' lanes. */
  {
    double x = _ch_timeline_x_for_sort_key (tl, 20240910);
    guint pos = G_MAXUINT;

    g_assert_true (_ch_timeline_hit_test (tl, x, _ch_timeline_y_for_lane (tl, lane_index (tl, "Boris Volkov")), &pos));
    g_assert_cmpuint (pos, ==, 3);
    g_assert_true (_ch_timeline_hit_test (tl, x, _ch_timeline_y_for_lane (tl, lane_index (tl, "Emma Stone")), &pos));
    g_assert_cmpuint (pos, ==, 3);
    g_assert_false (_ch_timeline_hit_test (tl, x, _ch_timeline_y_for_lane (tl, lane_index (tl, "Chen Wei")), &pos));
  }

  g_object_set (tl, "lane-mode", "participant", NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (tl, "lane-mode", "country-pair", NULL);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 3);

  /* The model changing reshapes the lanes. */
  {
    static const EventSpec more = { "2024-02-02", CH_EVENT_TYPE_MEETING, "IN;JP", "Farid Noor" };
    g_autoptr(ChEvent) event = make_event (&more);

    ch_corpus_add_events (fixture->corpus, &event, 1);
    g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 4);
    g_assert_cmpint (lane_index (tl, "IN–JP"), >=, 0);
  }
}

static void
test_brush (Fixture       *fixture,
            gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  guint start_notified = 0, end_notified = 0;
  double x0 = _ch_timeline_x_for_sort_key (tl, 20230601);
  double x1 = _ch_timeline_x_for_sort_key (tl, 20240131);

  g_signal_connect_swapped (tl, "notify::range-start", G_CALLBACK (g_atomic_int_inc), &start_notified);
  g_signal_connect_swapped (tl, "notify::range-end", G_CALLBACK (g_atomic_int_inc), &end_notified);

  /* Right to left, as a user may drag. */
  _ch_timeline_brush (tl, x1, x0);
  g_assert_cmpuint (ch_timeline_get_range_start (tl), ==, 20230601);
  g_assert_cmpuint (ch_timeline_get_range_end (tl), ==, 20240131);
  g_assert_cmpuint (start_notified, ==, 1);
  g_assert_cmpuint (end_notified, ==, 1);

  /* A brush past the left edge starts at the first visible day. */
  _ch_timeline_brush (tl, 0, x1);
  g_assert_cmpuint (ch_timeline_get_range_start (tl), ==, _ch_timeline_sort_key_at_x (tl, 132));
  g_assert_cmpuint (ch_timeline_get_range_end (tl), ==, 20240131);

  /* A click on empty space clears it. */
  _ch_timeline_click (tl, _ch_timeline_x_for_sort_key (tl, 20231101), _ch_timeline_y_for_lane (tl, 2));
  g_assert_cmpuint (ch_timeline_get_range_start (tl), ==, 0);
  g_assert_cmpuint (ch_timeline_get_range_end (tl), ==, 0);

  /* Set from outside, it is kept and drawn. */
  g_object_set (tl, "range-start", 20240101, "range-end", 20241231, NULL);
  g_assert_cmpuint (ch_timeline_get_range_start (tl), ==, 20240101);
  wait_for_frame (GTK_WIDGET (tl));
}

static void
test_click_and_keys (Fixture       *fixture,
                     gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  guint changes = 0;

  g_signal_connect_swapped (fixture->selection, "selection-changed", G_CALLBACK (g_atomic_int_inc), &changes);

  _ch_timeline_click (tl, _ch_timeline_x_for_sort_key (tl, 20240910),
                      _ch_timeline_y_for_lane (tl, lane_index (tl, "RU–US")));
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (selected_position (fixture->selection), ==, 3);

  /* Another click replaces the selection. */
  _ch_timeline_click (tl, _ch_timeline_x_for_sort_key (tl, 20230314),
                      _ch_timeline_y_for_lane (tl, lane_index (tl, "PK–RU")));
  g_assert_cmpuint (selected_position (fixture->selection), ==, 0);

  /* Right goes to the next event in time, whatever its lane. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.next", NULL));
  g_assert_cmpuint (selected_position (fixture->selection), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.next", NULL);
  g_assert_cmpuint (selected_position (fixture->selection), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.next", NULL);
  g_assert_cmpuint (selected_position (fixture->selection), ==, 4);
  /* The last stays the last. */
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.next", NULL);
  g_assert_cmpuint (selected_position (fixture->selection), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.previous", NULL);
  g_assert_cmpuint (selected_position (fixture->selection), ==, 3);

  /* A selection made elsewhere (the list) is where the keys continue from. */
  gtk_selection_model_select_item (fixture->selection, 1, TRUE);
  wait_for_frame (GTK_WIDGET (tl));
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  double pointer = 600;
  guint32 key = _ch_timeline_sort_key_at_x (tl, pointer);
  double before = _ch_timeline_x_for_sort_key (tl, key) - pointer;
  double other = _ch_timeline_x_for_sort_key (tl, 20230314);
  double after;

  _ch_timeline_zoom_at (tl, pointer, 3);
  g_assert_cmpuint (_ch_timeline_sort_key_at_x (tl, pointer), ==, key);
  after = _ch_timeline_x_for_sort_key (tl, key) - pointer;
  g_assert_cmpfloat_with_epsilon (after, before * 3, 0.01);
  /* Everything else moved away from the pointer, three times as far. */
  g_assert_cmpfloat_with_epsilon (_ch_timeline_x_for_sort_key (tl, 20230314) - pointer,
                                  (other - pointer) * 3, 0.01);

  /* Zooming out by the same factor gives the old view back. */
  _ch_timeline_zoom_at (tl, pointer, 1 / 3.0);
  g_assert_cmpfloat_with_epsilon (_ch_timeline_x_for_sort_key (tl, 20230314), other, 0.01);

  /* Panning and fitting. */
  _ch_timeline_pan (tl, 100);
  g_assert_cmpfloat_with_epsilon (_ch_timeline_x_for_sort_key (tl, 20230314), other - 100, 0.01);
  ch_timeline_zoom_to_fit (tl);
  g_assert_cmpfloat_with_epsilon (_ch_timeline_x_for_sort_key (tl, 20230314), other, 0.01);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (fabs (_ch_timeline_x_for_sort_key (tl, 20230314) - other), >, 10);
  gtk_widget_activate_action (GTK_WIDGET (tl), "timeline.zoom-to-fit", NULL);
  g_assert_cmpfloat_with_epsilon (_ch_timeline_x_for_sort_key (tl, 20230314), other, 0.01);
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
test_density (void)
{
  g_autoptr(GPtrArray) specs = g_ptr_array_new_with_free_func (g_free);
  g_autofree EventSpec *dense = g_new0 (EventSpec, 3001);
  g_autoptr(GskRenderNode) node = NULL;
  ChTimelineStats stats;
  Fixture fixture;

  /* 3000 events on 3000 distinct days (7919 is prime to 3000), in one
   * lane: 1000 px cannot hold them as marks. */
  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GDateTime) origin = g_date_time_new_utc (2014, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) dt = g_date_time_add_days (origin, (int) ((i * 7919) % 3000));
      char *date = g_date_time_format (dt, "%Y-%m-%d");

      g_ptr_array_add (specs, date);
      /* One type per year, with a few others mixed in. */
      dense[i] = (EventSpec) { date,
                               (ChEventType) (i % 7 == 0 ? i % 6 : ((i * 7919) % 3000) / 365 % 6),
                               "PK;RU", "Ayesha Khan" };
    }
  /* One far on its own stays a mark. */
  dense[3000] = (EventSpec) { "2025-06-01", CH_EVENT_TYPE_VISIT, "PK;RU", "Ayesha Khan" };
  fixture_setup_with (&fixture, dense, 3001);

  node = snapshot_widget (GTK_WIDGET (fixture.timeline));
  _ch_timeline_get_stats (fixture.timeline, &stats);
  g_test_message ("dense: %u marks, %u bins, %u spans", stats.n_marks, stats.n_bins, stats.n_spans);
  g_assert_cmpuint (stats.n_bins, >, 100);
  g_assert_cmpuint (stats.n_marks, <, 20);
  g_assert_cmpuint (stats.n_marks, >=, 1);

  /* The level of detail draws what visiting every event draws. */
  {
    g_autoptr(GskRenderNode) slow = NULL;
    ChTimelineStats slow_stats;

    _ch_timeline_set_lod_enabled (fixture.timeline, FALSE);
    slow = snapshot_widget (GTK_WIDGET (fixture.timeline));
    _ch_timeline_get_stats (fixture.timeline, &slow_stats);
    _ch_timeline_set_lod_enabled (fixture.timeline, TRUE);
    g_assert_cmpuint (slow_stats.n_marks, ==, stats.n_marks);
    g_assert_cmpuint (slow_stats.n_bins, ==, stats.n_bins);
    g_assert_cmpuint (slow_stats.n_bars, ==, stats.n_bars);
    g_assert_cmpuint (slow_stats.n_spans, ==, stats.n_spans);
  }
  wait_for_frame (GTK_WIDGET (fixture.timeline));
  ch_test_save_png (GTK_WIDGET (fixture.timeline), "timeline-dense.png");

  /* Zoomed in to days, the same lane is marks again. */
  g_clear_pointer (&node, gsk_render_node_unref);
  for (guint i = 0; i < 12; i++)
    _ch_timeline_zoom_at (fixture.timeline, 600, 1.6);
  node = snapshot_widget (GTK_WIDGET (fixture.timeline));
  _ch_timeline_get_stats (fixture.timeline, &stats);
  g_test_message ("zoomed: %u marks, %u bins, %u spans", stats.n_marks, stats.n_bins, stats.n_spans);
  g_assert_cmpuint (stats.n_bins, ==, 0);
  g_assert_cmpuint (stats.n_marks, >, 0);

  fixture_teardown (&fixture, NULL);
  (void) dense;
}

static void
test_sparse_is_marks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GskRenderNode) node = snapshot_widget (GTK_WIDGET (fixture->timeline));
  ChTimelineStats stats;

  _ch_timeline_get_stats (fixture->timeline, &stats);
  g_assert_cmpuint (stats.n_bins, ==, 0);
  g_assert_cmpuint (stats.n_marks, ==, 3); /* day events */
  g_assert_cmpuint (stats.n_spans, ==, 2); /* a month and a year */
}

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  ChTimeline *tl = fixture->timeline;

  gtk_selection_model_select_item (fixture->selection, 3, TRUE);
  ch_timeline_set_range (tl, 20230601, 20231231);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_for_frame (GTK_WIDGET (tl));
  ch_test_save_png (GTK_WIDGET (tl), "timeline-light.png");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_frame (GTK_WIDGET (tl));
  ch_test_save_png (GTK_WIDGET (tl), "timeline-dark.png");

  g_object_set (tl, "lane-mode", "participant", NULL);
  wait_for_frame (GTK_WIDGET (tl));
  ch_test_save_png (GTK_WIDGET (tl), "timeline-dark-participants.png");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_accessible_label (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (fixture->timeline);

  g_assert_cmpuint (gtk_accessible_get_accessible_role (accessible), ==, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Timeline, 2023–2025, 5 events");

  /* Dates as the locale writes them, as the list and the reader do. */
  {
    g_autoptr(GDateTime) sep = g_date_time_new_utc (2024, 9, 10, 0, 0, 0);
    g_autoptr(GDateTime) mar = g_date_time_new_utc (2023, 3, 14, 0, 0, 0);
    g_autofree char *sep_text = g_date_time_format (sep, "%-d %b %Y");
    g_autofree char *mar_text = g_date_time_format (mar, "%-d %b %Y");
    g_autofree char *one = g_strdup_printf ("Timeline, 2023–2025, 5 events, selected: "
                                            "Phone call of Boris Volkov, Emma Stone on %s",
                                            sep_text);
    g_autofree char *all = g_strdup_printf ("Timeline, 2023–2025, 5 events, selected: "
                                            "Meeting of Ayesha Khan, Boris Volkov on %s and 5 more",
                                            mar_text);

    gtk_selection_model_select_item (fixture->selection, 3, TRUE);
    gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, one);

    /* Several selected, an undated one among them. */
    gtk_selection_model_select_all (fixture->selection);
    gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, all);
  }
  gtk_selection_model_unselect_all (fixture->selection);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Timeline, 2023–2025, 5 events");
}

static void
test_async_projection (Fixture       *fixture,
                       gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  static const EventSpec spec = { "2024-05-05", CH_EVENT_TYPE_VISIT, "IN;JP", "Farid Noor" };
  guint iterations = 0;

  for (guint i = 0; i < 50000; i++)
    g_ptr_array_add (events, make_event (&spec));
  ch_corpus_add_events (fixture->corpus, (ChEvent * const *) events->pdata, events->len);

  /* The change is picked up from the main loop, without anyone asking. */
  g_assert_true (_ch_timeline_is_projection_pending (tl));
  while (_ch_timeline_is_projection_pending (tl))
    {
      g_main_context_iteration (NULL, TRUE);
      iterations++;
    }
  g_test_message ("projected 50,006 events in %u main loop iterations", iterations);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 4);
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "IN–JP");

  /* A change during a projection starts it over, with the new items. */
  ch_corpus_clear (fixture->corpus);
  g_assert_true (_ch_timeline_is_projection_pending (tl));
  g_main_context_iteration (NULL, FALSE);
  ch_corpus_add_events (fixture->corpus, (ChEvent * const *) events->pdata, 10);
  while (_ch_timeline_is_projection_pending (tl))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 1);
}

static guint
wait_for_projection (ChTimeline *timeline)
{
  guint iterations = 0;

  while (_ch_timeline_is_projection_pending (timeline))
    {
      g_main_context_iteration (NULL, TRUE);
      iterations++;
    }
  return iterations;
}

/* The corpus position of what the timeline has under the pointer at
 * @iso in @lane, G_MAXUINT for nothing. */
static guint
corpus_position_at (ChTimeline *timeline,
                    ChFilter   *filter,
                    const char *iso,
                    const char *lane)
{
  guint pos = G_MAXUINT;
  int index = lane_index (timeline, lane);

  g_assert_cmpint (index, >=, 0);
  if (!_ch_timeline_hit_test (timeline, _ch_timeline_x_for_sort_key (timeline, key_of (iso)),
                              _ch_timeline_y_for_lane (timeline, index), &pos))
    return G_MAXUINT;
  return ch_filter_get_corpus_position (filter, pos);
}

/* Under a filter the timeline keeps the corpus projected and re-bins the
 * matches: lanes and hits follow the facets, a sort moves nothing, and
 * events added to the corpus after filtering are binned as the filter
 * says, not from what was projected before. */
static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  g_autoptr(ChFilter) filter = ch_filter_new (fixture->corpus);
  guint us, pk, pos;

  g_clear_object (&fixture->selection);
  fixture->selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (filter))));
  g_object_set (tl, "model", filter, "selection", fixture->selection, NULL);
  wait_for_projection (tl);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 3);

  us = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "US");
  pk = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "PK");
  g_assert_cmpuint (us, !=, CH_FILTER_NO_VALUE);
  g_assert_cmpuint (pk, !=, CH_FILTER_NO_VALUE);

  ch_filter_set_selected (filter, CH_FACET_COUNTRY, us, TRUE);
  g_assert_true (_ch_timeline_is_projection_pending (tl));
  wait_for_projection (tl);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 1);
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "RU–US");
  g_assert_cmpuint (corpus_position_at (tl, filter, "2024-09-10", "RU–US"), ==, 3);

  ch_filter_set_selected (filter, CH_FACET_COUNTRY, us, FALSE);
  ch_filter_set_selected (filter, CH_FACET_COUNTRY, pk, TRUE);
  wait_for_projection (tl);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 2);
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "CN–PK");
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 1), ==, "PK–RU");
  g_assert_cmpint (lane_index (tl, "RU–US"), <, 0);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2023-03-14", "PK–RU"), ==, 0);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2025-01-20", "CN–PK"), ==, 4);

  /* A sort leaves the marks alone; hits still name the right events at
   * their new model positions, and a click selects them there. */
  ch_filter_set_sort (filter, CH_SORT_DATE, TRUE);
  g_assert_false (_ch_timeline_is_projection_pending (tl));
  g_assert_cmpuint (corpus_position_at (tl, filter, "2023-03-14", "PK–RU"), ==, 0);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2025-01-20", "CN–PK"), ==, 4);
  _ch_timeline_click (tl, _ch_timeline_x_for_sort_key (tl, key_of ("2025-01-20")),
                      _ch_timeline_y_for_lane (tl, lane_index (tl, "CN–PK")));
  pos = selected_position (fixture->selection);
  g_assert_cmpuint (ch_filter_get_corpus_position (filter, pos), ==, 4);

  /* More events after filtering: the PK one joins its lane, the other is
   * filtered out, and the positions of the new corpus are the ones hit. */
  {
    static const EventSpec more[] = {
      { "2024-02-02", CH_EVENT_TYPE_MEETING, "CN;PK", "Farid Noor" },
      { "2024-03-03", CH_EVENT_TYPE_VISIT, "JP;US", "Emma Stone" },
      { "2024-04-04", CH_EVENT_TYPE_VISIT, "IN;PK", "Farid Noor" },
    };
    g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < G_N_ELEMENTS (more); i++)
      g_ptr_array_add (events, make_event (&more[i]));
    ch_corpus_add_events (fixture->corpus, (ChEvent * const *) events->pdata, events->len);
  }
  g_assert_true (_ch_timeline_is_projection_pending (tl));
  wait_for_projection (tl);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, 7);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 3);
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 0), ==, "CN–PK");
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 1), ==, "PK–RU");
  g_assert_cmpstr (ch_timeline_get_lane_name (tl, 2), ==, "IN–PK");
  g_assert_cmpint (lane_index (tl, "JP–US"), <, 0);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2024-02-02", "CN–PK"), ==, 6);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2024-04-04", "IN–PK"), ==, 8);

  /* And without a facet every lane is back, the new one too. */
  ch_filter_clear (filter);
  wait_for_projection (tl);
  g_assert_cmpuint (ch_timeline_get_n_lanes (tl), ==, 5);
  g_assert_cmpuint (corpus_position_at (tl, filter, "2024-03-03", "JP–US"), ==, 7);
}

/* Positions 0-2 share a day, 3-8 share another: more than the four slices
 * a day block shows. */
static const EventSpec stacked_corpus[] = {
  { "2023-03-14", CH_EVENT_TYPE_MEETING, "PK;RU", "Ayesha Khan" },
  { "2023-03-14", CH_EVENT_TYPE_VISIT, "PK;RU", "Boris Volkov" },
  { "2023-03-14", CH_EVENT_TYPE_PHONE_CALL, "PK;RU", "Chen Wei" },
  { "2023-03-20", CH_EVENT_TYPE_MEETING, "PK;RU", "Dmitri Orlov" },
  { "2023-03-20", CH_EVENT_TYPE_VISIT, "PK;RU", "Emma Stone" },
  { "2023-03-20", CH_EVENT_TYPE_AGREEMENT, "PK;RU", "Farid Aziz" },
  { "2023-03-20", CH_EVENT_TYPE_NEGOTIATION, "PK;RU", "Galina Petrova" },
  { "2023-03-20", CH_EVENT_TYPE_MEETING, "PK;RU", "Hamid Noor" },
  { "2023-03-20", CH_EVENT_TYPE_VISIT, "PK;RU", "Ivan Sokolov" },
};

static void
stacked_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_setup_with (fixture, stacked_corpus, G_N_ELEMENTS (stacked_corpus));
}

/* Zoomed in until a day is @px wide, the events of one day are stacked
 * slices of its block: the pointer over a slice hits that slice's event,
 * not whichever is nearest, and a click selects it. */
static void
test_stacked_hit (Fixture       *fixture,
                  gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  int lane = lane_index (tl, "PK–RU");
  double lh, top, x14, x20;
  guint pos = G_MAXUINT;

  g_assert_cmpint (lane, >=, 0);
  while (_ch_timeline_x_for_sort_key (tl, 20230315) - _ch_timeline_x_for_sort_key (tl, 20230314) < 24)
    _ch_timeline_zoom_at (tl, _ch_timeline_x_for_sort_key (tl, 20230317), 2);
  wait_for_frame (GTK_WIDGET (tl));

  x14 = _ch_timeline_x_for_sort_key (tl, 20230314);
  x20 = _ch_timeline_x_for_sort_key (tl, 20230320);
  lh = _ch_timeline_y_for_lane (tl, 1) - _ch_timeline_y_for_lane (tl, 0);
  top = _ch_timeline_y_for_lane (tl, lane) - lh / 2;
  g_assert_cmpfloat (lh, >=, 18);
  g_assert_cmpfloat (x14, >, 0);
  g_assert_cmpfloat (x20, <, gtk_widget_get_width (GTK_WIDGET (tl)));

  /* Three slices of 0.2 lane height each, from 0.2 to 0.8 of the lane. */
  for (guint k = 0; k < 3; k++)
    {
      double y = top + lh * (0.2 + 0.2 * k + 0.1);

      g_assert_true (_ch_timeline_hit_test (tl, x14, y, &pos));
      g_assert_cmpuint (pos, ==, k);
      _ch_timeline_click (tl, x14 + 3, y);
      g_assert_cmpuint (selected_position (fixture->selection), ==, k);
    }
  /* Above the block and below it, the nearest slice. */
  g_assert_true (_ch_timeline_hit_test (tl, x14, top + lh * 0.05, &pos));
  g_assert_cmpuint (pos, ==, 0);
  g_assert_true (_ch_timeline_hit_test (tl, x14, top + lh * 0.95, &pos));
  g_assert_cmpuint (pos, ==, 2);

  /* Six events in four slices: three of them, then one for the rest. */
  for (guint k = 0; k < 4; k++)
    {
      double y = top + lh * (0.2 + 0.15 * k + 0.075);

      g_assert_true (_ch_timeline_hit_test (tl, x20, y, &pos));
      g_assert_cmpuint (pos, ==, 3 + k);
    }
}

/* The bounds, in the widget's coordinates, of every text the render node
 * draws. */
static void
collect_texts (GskRenderNode   *node,
               GskTransform    *transform,
               GArray          *bounds)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_texts (gsk_container_node_get_child (node, i), transform, bounds);
      break;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                       gsk_transform_node_get_transform (node));

        collect_texts (gsk_transform_node_get_child (node), inner, bounds);
        gsk_transform_unref (inner);
      }
      break;
    case GSK_CLIP_NODE:
      collect_texts (gsk_clip_node_get_child (node), transform, bounds);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_texts (gsk_rounded_clip_node_get_child (node), transform, bounds);
      break;
    case GSK_OPACITY_NODE:
      collect_texts (gsk_opacity_node_get_child (node), transform, bounds);
      break;
    case GSK_DEBUG_NODE:
      collect_texts (gsk_debug_node_get_child (node), transform, bounds);
      break;
    case GSK_TEXT_NODE:
      {
        graphene_rect_t local, out;

        gsk_render_node_get_bounds (node, &local);
        gsk_transform_transform_bounds (transform, &local, &out);
        g_array_append_val (bounds, out);
      }
      break;
    case GSK_NOT_A_RENDER_NODE:
    case GSK_CAIRO_NODE:
    case GSK_COLOR_NODE:
    case GSK_LINEAR_GRADIENT_NODE:
    case GSK_REPEATING_LINEAR_GRADIENT_NODE:
    case GSK_RADIAL_GRADIENT_NODE:
    case GSK_REPEATING_RADIAL_GRADIENT_NODE:
    case GSK_CONIC_GRADIENT_NODE:
    case GSK_BORDER_NODE:
    case GSK_TEXTURE_NODE:
    case GSK_INSET_SHADOW_NODE:
    case GSK_OUTSET_SHADOW_NODE:
    case GSK_COLOR_MATRIX_NODE:
    case GSK_REPEAT_NODE:
    case GSK_SHADOW_NODE:
    case GSK_BLEND_NODE:
    case GSK_CROSS_FADE_NODE:
    case GSK_BLUR_NODE:
    case GSK_GL_SHADER_NODE:
    default:
      break;
    }
}

/* Right to left (Urdu), time still runs from left to right, as in GNOME's
 * charts, and the lane labels move to the right, where lines begin: each
 * inside the widget, clear of the plot, and flush with the right edge.
 * Clicks, hover and the brush follow the plot to its new place. */
static void
test_rtl (Fixture       *fixture,
          gconstpointer  data)
{
  ChTimeline *tl = fixture->timeline;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  double width = gtk_widget_get_width (GTK_WIDGET (tl));
  double first_lane_y = _ch_timeline_y_for_lane (tl, 0) - 10;
  const guint32 keys[] = { 20230314, 20230615, 20240701, 20240910, 20250120 };
  double plot_right = 0;
  guint n_labels = 0;

  gtk_widget_set_direction (GTK_WIDGET (tl), GTK_TEXT_DIR_RTL);
  wait_for_frame (GTK_WIDGET (tl));
  ch_test_save_png (GTK_WIDGET (tl), "timeline-rtl.png");

  /* Time from left to right, every event inside the widget. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      double x = _ch_timeline_x_for_sort_key (tl, keys[i]);

      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      if (i > 0)
        g_assert_cmpfloat (x, >, _ch_timeline_x_for_sort_key (tl, keys[i - 1]));
      plot_right = MAX (plot_right, x);
    }

  /* Lane labels (the texts below the axis) on the right of every event,
   * inside the widget, their right ends flush with its edge. */
  node = snapshot_widget (GTK_WIDGET (tl));
  collect_texts (node, NULL, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const graphene_rect_t *r = &g_array_index (texts, graphene_rect_t, i);

      g_assert_cmpfloat (r->origin.x, >=, 0);
      g_assert_cmpfloat (r->origin.x + r->size.width, <=, width);
      if (r->origin.y < first_lane_y)
        continue;
      n_labels++;
      g_test_message ("lane label at x %.0f to %.0f of %.0f", r->origin.x,
                      r->origin.x + r->size.width, width);
      g_assert_cmpfloat (r->origin.x, >, plot_right + 4);
      g_assert_cmpfloat (r->origin.x + r->size.width, >, width - 16);
    }
  g_assert_cmpuint (n_labels, ==, ch_timeline_get_n_lanes (tl));

  /* Pointer, click and brush over the plot where it now is. */
  _ch_timeline_click (tl, _ch_timeline_x_for_sort_key (tl, 20240910),
                      _ch_timeline_y_for_lane (tl, lane_index (tl, "RU–US")));
  g_assert_cmpuint (selected_position (fixture->selection), ==, 3);
  _ch_timeline_brush (tl, _ch_timeline_x_for_sort_key (tl, 20230101),
                      _ch_timeline_x_for_sort_key (tl, 20231231));
  g_assert_cmpuint (ch_timeline_get_range_start (tl), <=, 20230314);
  g_assert_cmpuint (ch_timeline_get_range_end (tl), >=, 20230615);
  g_assert_cmpuint (ch_timeline_get_range_end (tl), <, 20240101);
  /* Over the labels is not over the plot. */
  g_assert_false (_ch_timeline_hit_test (tl, width - 20, _ch_timeline_y_for_lane (tl, 0), NULL));

  gtk_widget_set_direction (GTK_WIDGET (tl), GTK_TEXT_DIR_NONE);
}

/* Every key the timeline answers to is in the shortcuts window
 * (Ctrl+?): each of its actions with at least one of its keys. */
static void
test_shortcuts_documented (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/chancery/Chancery/gtk/help-overlay.ui");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->timeline));
  g_autoptr(GArray) documented = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_autoptr(GHashTable) actions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accels = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accels, NULL);
      if (accels == NULL)
        continue;
      parts = g_strsplit (accels, " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint key[2] = { 0, 0 };
          GdkModifierType mods = 0;

          if (*parts[i] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (parts[i], &key[0], &mods));
          key[1] = mods;
          g_array_append_vals (documented, key, 1);
        }
    }
  g_assert_cmpuint (documented->len, >, 0);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *name;
          guint keyval;
          GdkModifierType mods;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "timeline."))
            continue;
          g_hash_table_add (actions, (gpointer) name);
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          for (guint d = 0; d < documented->len; d++)
            {
              const guint *key = &g_array_index (documented, guint, 2 * d);

              if (key[0] == keyval && key[1] == mods)
                g_hash_table_add (covered, (gpointer) name);
            }
        }
    }

  /* next, previous, zoom in and out, fit, clear the range */
  g_assert_cmpuint (g_hash_table_size (actions), ==, 6);
  {
    GHashTableIter iter;
    gpointer name;

    g_hash_table_iter_init (&iter, actions);
    while (g_hash_table_iter_next (&iter, &name, NULL))
      if (!g_hash_table_contains (covered, name))
        g_error ("%s has no key in the shortcuts window", (const char *) name);
  }

  gtk_window_destroy (overlay);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add ("/ui/timeline/mapping", Fixture, NULL, fixture_setup, test_mapping, fixture_teardown);
  g_test_add ("/ui/timeline/lanes", Fixture, NULL, fixture_setup, test_lanes, fixture_teardown);
  g_test_add ("/ui/timeline/brush", Fixture, NULL, fixture_setup, test_brush, fixture_teardown);
  g_test_add ("/ui/timeline/click-and-keys", Fixture, NULL, fixture_setup, test_click_and_keys, fixture_teardown);
  g_test_add ("/ui/timeline/zoom", Fixture, NULL, fixture_setup, test_zoom, fixture_teardown);
  g_test_add ("/ui/timeline/sparse", Fixture, NULL, fixture_setup, test_sparse_is_marks, fixture_teardown);
  g_test_add_func ("/ui/timeline/dense", test_density);
  g_test_add ("/ui/timeline/accessible", Fixture, NULL, fixture_setup, test_accessible_label, fixture_teardown);
  g_test_add ("/ui/timeline/filter", Fixture, NULL, fixture_setup, test_filter, fixture_teardown);
  g_test_add ("/ui/timeline/async-projection", Fixture, NULL, fixture_setup, test_async_projection, fixture_teardown);
  g_test_add ("/ui/timeline/stacked-hit", Fixture, NULL, stacked_setup, test_stacked_hit, fixture_teardown);
  g_test_add ("/ui/timeline/rtl", Fixture, NULL, fixture_setup, test_rtl, fixture_teardown);
  g_test_add ("/ui/timeline/render", Fixture, NULL, fixture_setup, test_render, fixture_teardown);
  g_test_add ("/ui/timeline/shortcuts-documented", Fixture, NULL, fixture_setup, test_shortcuts_documented, fixture_teardown);

  return g_test_run ();
}
