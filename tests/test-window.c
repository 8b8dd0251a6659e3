/* test-window.c: the explorer window, driven through its widgets
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ch-cell-label.h"
#include "ch-event-row.h"
#include "ch-event-selection.h"
#include "ch-facet-list.h"
#include "ch-labels.h"
#include "ch-reader.h"
#include "ch-timeline.h"
#include "ch-timeline-private.h"
#include "ch-window-private.h"
#include "ch-test-events.h"
#include "ch-test-ui.h"
#include "ch-window.h"

static ChWindow *
create_window (guint n_events)
{
  ChWindow *window = g_object_new (CH_TYPE_WINDOW, NULL);

  if (n_events > 0)
    {
      g_autoptr(GPtrArray) events = ch_test_make_events (n_events, 1234);

      ch_corpus_add_events (ch_window_get_corpus (window),
                            (ChEvent **) events->pdata, events->len);
    }
  gtk_window_present (GTK_WINDOW (window));
  ch_test_pump_for (50);

  return window;
}

static gboolean
event_has (ChEvent    *event,
           ChFacet     facet,
           const char *value)
{
  switch (facet)
    {
    case CH_FACET_COUNTRY:
      return g_strv_contains (ch_event_get_countries (event), value);
    case CH_FACET_PARTICIPANT:
      return g_strv_contains (ch_event_get_participants (event), value);
    case CH_FACET_ORGANIZATION:
      return g_strv_contains (ch_event_get_organizations (event), value);
    case CH_FACET_TOPIC:
      return g_strv_contains (ch_event_get_topics (event), value);
    case CH_FACET_TYPE:
      return strcmp (ch_event_type_to_slug (ch_event_get_event_type (event)), value) == 0;
    default:
      g_assert_not_reached ();
    }
}

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect_descendants (child, type, out);
    }
}

/* The @nth visible descendant of @widget of @type, in tree order. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 guint      nth)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect_descendants (widget, type, all);
  return nth < all->len ? g_ptr_array_index (all, nth) : NULL;
}

static guint
column_view_n_items (ChWindow *window)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

/* The value a facet row stands for, read back through the filter. */
static const char *
row_value (ChWindow  *window,
           ChFacet    facet,
           GtkWidget *check)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "value-id"));

  return ch_filter_get_value (ch_window_get_filter (window), facet, id);
}

/* The event the list's row at @position shows. */
static ChEvent *
dup_row_event (GListModel *model,
               guint       position)
{
  g_autoptr(ChEventRow) row = g_list_model_get_item (model, position);

  g_assert_true (CH_IS_EVENT_ROW (row));
  return g_object_ref (ch_event_row_get_event (row));
}

static void
test_window_list (void)
{
  ChWindow *window = create_window (500);
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  g_autoptr(GListModel) columns = NULL;

  g_assert_cmpuint (column_view_n_items (window), ==, 500);
  g_assert_cmpstr (ch_window_get_status_text (window), ==, "500 of 500 events, 0 selected");

  columns = g_object_ref (gtk_column_view_get_columns (view));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);

  /* Sorted by date by default, unknown dates last */
  {
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
    guint32 last = 0;

    for (guint i = 0; i < 500; i++)
      {
        g_autoptr(ChEvent) event = dup_row_event (model, i);
        guint32 key = ch_day_sort_key (ch_event_get_date (event));

        g_assert_cmpuint (key, >=, last);
        last = key;
      }
  }

  /* Clicking a header sorts by that column: sort by confidence, descending */
  {
    g_autoptr(GtkColumnViewColumn) confidence = g_list_model_get_item (columns, 6);
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
    double last = 2.0;

    gtk_column_view_sort_by_column (view, confidence, GTK_SORT_DESCENDING);
    for (guint i = 0; i < 500; i++)
      {
        g_autoptr(ChEvent) event = dup_row_event (model, i);

        g_assert_cmpfloat (ch_event_get_confidence (event), <=, last + 1e-4);
        last = ch_event_get_confidence (event);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header row's title widgets, in column order. */
static GtkWidget *
column_title (GtkColumnView *view,
              guint          position)
{
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (view)));

  for (guint i = 0; title != NULL && i < position; i++)
    title = gtk_widget_get_next_sibling (title);
  g_assert_nonnull (title);
  return title;
}

/* Whether the columns were laid out for the list's present width: every
 * column shown is within it, each wide enough for its whole title (its
 * label and sort arrow), the
 * dates whole; the user never scrolls sideways. */
static gboolean
columns_fit (gpointer data)
{
  ChWindow *window = data;
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  int view_width = gtk_widget_get_width (GTK_WIDGET (view));
  int right = 0, total = 0;

  if (view_width <= 0 ||
      gtk_adjustment_get_upper (hadj) > gtk_adjustment_get_page_size (hadj) + 0.5)
    return FALSE;
  for (guint c = 0; c < 7; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      GtkWidget *title = column_title (view, c);
      /* The title's box: its label and sort arrow */
      GtkWidget *box = gtk_widget_get_first_child (title);
      int fixed = gtk_column_view_column_get_fixed_width (column);
      graphene_rect_t bounds;
      int natural;

      /* A column too narrow for its title hides instead. */
      if (!gtk_column_view_column_get_visible (column))
        {
          if (gtk_widget_get_mapped (title))
            return FALSE;
          continue;
        }
      if (fixed < 0 || !gtk_widget_compute_bounds (title, GTK_WIDGET (view), &bounds))
        return FALSE;
      total += fixed;
      gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (gtk_widget_get_width (box) < natural || bounds.origin.x < right - 0.5)
        return FALSE;
      right = (int) (bounds.origin.x + bounds.size.width + 0.5);
    }
  /* The columns share the whole width, no more. */
  if (right > view_width || total > view_width || total < view_width - 1)
    return FALSE;

  /* The dates show whole. */
  {
    g_autoptr(GPtrArray) cells = g_ptr_array_new ();
    guint n_dates = 0;

    collect_descendants (GTK_WIDGET (view), CH_TYPE_CELL_LABEL, cells);
    for (guint i = 0; i < cells->len; i++)
      {
        ChCellLabel *cell = g_ptr_array_index (cells, i);

        if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "ch-column")) != 0 ||
            gtk_widget_get_width (GTK_WIDGET (cell)) <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (cell)))
          continue;
        if (ch_cell_label_is_ellipsized (cell))
          return FALSE;
        n_dates++;
      }
    if (n_dates == 0)
      return FALSE;
  }
  return TRUE;
}

typedef struct
{
  ChWindow *window;
  int       wider_than;   /* Participants' width must exceed this, or -1 */
  int       exactly;      /* or be this, or -1 */
} ColumnWait;

static int
participants_width (ChWindow *window)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), 2);

  return gtk_column_view_column_get_fixed_width (column);
}

static gboolean
columns_settled (gpointer data)
{
  ColumnWait *wait = data;
  int width = participants_width (wait->window);

  return columns_fit (wait->window) &&
         (wait->wider_than < 0 || width > wait->wider_than) &&
         (wait->exactly < 0 || width == wait->exactly);
}

static void
test_window_columns_fit (void)
{
  ChWindow *window = create_window (500);
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  g_autoptr(GtkColumnViewColumn) participants = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  ColumnWait wait = { window, -1, -1 };
  gboolean sidebar;
  int width;

  /* The window's first size, sidebar and reader shown */
  g_object_get (window, "sidebar-visible", &sidebar, NULL);
  g_assert_true (sidebar);
  g_assert_true (ch_test_pump_until (columns_fit, window));

  /* A larger window: the columns share the room */
  wait.wider_than = participants_width (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (ch_test_pump_until (columns_settled, &wait));

  /* Without the sidebar, more room again; with it, as before */
  width = wait.wider_than = participants_width (window);
  g_object_set (window, "sidebar-visible", FALSE, NULL);
  g_assert_true (ch_test_pump_until (columns_settled, &wait));
  wait.wider_than = -1;
  wait.exactly = width;
  g_object_set (window, "sidebar-visible", TRUE, NULL);
  g_assert_true (ch_test_pump_until (columns_settled, &wait));

  /* A column the user widened (dragging its edge sets its fixed width)
   * keeps its width, whatever the window's; the others make room. */
  wait.exactly = width + 60;
  gtk_column_view_column_set_fixed_width (participants, wait.exactly);
  g_assert_true (ch_test_pump_until (columns_settled, &wait));
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 900);
  g_assert_true (ch_test_pump_until (columns_settled, &wait));

  gtk_window_destroy (GTK_WINDOW (window));
}

static int
date_width (ChWindow *window)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), 0);

  return gtk_column_view_column_get_fixed_width (column);
}

typedef struct
{
  ChWindow *window;
  int       before;   /* The list's width before the move */
} EdgeWait;

/* The list got another width, and its columns were laid out for it
 * (columns_fit() checks that they share exactly its width). Which of them
 * changed depends on how narrow the list is: too narrow for their
 * minimums, the least read columns hide one after another. */
static gboolean
columns_moved (gpointer data)
{
  EdgeWait *wait = data;

  return gtk_widget_get_width (ch_window_get_column_view (wait->window)) != wait->before &&
         columns_fit (wait->window);
}

/* Moves the sidebar's edge to @position and waits until the columns fit
 * the list's new width. */
static void
move_sidebar_edge (ChWindow *window,
                   int       position)
{
  EdgeWait wait = { window, gtk_widget_get_width (ch_window_get_column_view (window)) };

  gtk_paned_set_position (window->sidebar_paned, position);
  g_assert_true (ch_test_pump_until (columns_moved, &wait));
}

/* The Date column's width is measured once for a font and a locale, not
 * on every change of the list's width; a new font measures it again. */
static void
test_window_date_width_cached (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  static const int positions[] = { 320, 360, 300, 340 };
  ChWindow *window = create_window (500);
  guint measures;
  int width;

  g_assert_true (ch_test_pump_until (columns_fit, window));
  measures = _ch_window_get_n_date_width_measures (window);
  width = date_width (window);
  g_assert_cmpuint (measures, >=, 1);
  g_assert_cmpint (width, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    move_sidebar_edge (window, positions[i]);
  g_test_message ("%u measures after 4 widths (%u before)",
                  _ch_window_get_n_date_width_measures (window), measures);
  g_assert_cmpuint (_ch_window_get_n_date_width_measures (window), ==, measures);
  g_assert_cmpint (date_width (window), ==, width);

  /* A larger font for the list: the dates are measured again, and the
   * column grows to keep them whole (columns_fit checks that) */
  gtk_css_provider_load_from_data (provider, ".event-list { font-size: 150%; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  move_sidebar_edge (window, 320);
  g_test_message ("date column %d px, %d px in the larger font", width, date_width (window));
  g_assert_cmpint (date_width (window), >, width);
  g_assert_cmpuint (_ch_window_get_n_date_width_measures (window), >, measures);
  measures = _ch_window_get_n_date_width_measures (window);
  width = date_width (window);
  move_sidebar_edge (window, 280);
  g_assert_cmpuint (_ch_window_get_n_date_width_measures (window), ==, measures);
  g_assert_cmpint (date_width (window), ==, width);

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_facets (void)
{
  ChWindow *window = create_window (600);
  ChCorpus *corpus = ch_window_get_corpus (window);
  ChFilter *filter = ch_window_get_filter (window);

  for (ChFacet facet = 0; facet < CH_N_FACETS; facet++)
    {
      GtkWidget *list = ch_window_get_facet_list (window, facet);
      GtkWidget *check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 0);
      GtkWidget *second = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 1);
      const char *value, *value2;
      guint expected = 0;

      g_assert_nonnull (check);
      g_assert_nonnull (second);
      g_assert_true (gtk_widget_get_visible (list));
      value = row_value (window, facet, check);
      value2 = row_value (window, facet, second);

      /* Ticking a value filters the list to the events that have it */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      for (guint i = 0; i < 600; i++)
        expected += event_has (ch_corpus_get_event (corpus, i), facet, value);
      g_assert_cmpuint (expected, >, 0);
      g_assert_cmpuint (column_view_n_items (window), ==, expected);
      g_assert_true (ch_filter_is_active (filter));

      /* A second value of the same facet widens it (OR) */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (second), TRUE);
      expected = 0;
      for (guint i = 0; i < 600; i++)
        {
          ChEvent *event = ch_corpus_get_event (corpus, i);
          expected += event_has (event, facet, value) || event_has (event, facet, value2);
        }
      g_assert_cmpuint (column_view_n_items (window), ==, expected);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (second), FALSE);
      g_assert_cmpuint (column_view_n_items (window), ==, 600);
    }

  /* Two facets AND; the counts shown for one facet respect the other */
  {
    GtkWidget *country = find_descendant (ch_window_get_facet_list (window, CH_FACET_COUNTRY),
                                          GTK_TYPE_CHECK_BUTTON, 0);
    GtkWidget *topic_list = ch_window_get_facet_list (window, CH_FACET_TOPIC);
    GtkWidget *topic = find_descendant (topic_list, GTK_TYPE_CHECK_BUTTON, 0);
    const char *c = row_value (window, CH_FACET_COUNTRY, country);
    const char *t = row_value (window, CH_FACET_TOPIC, topic);
    GtkWidget *count_label;
    guint both = 0;
    char text[32];

    gtk_check_button_set_active (GTK_CHECK_BUTTON (country), TRUE);
    for (guint i = 0; i < 600; i++)
      {
        ChEvent *event = ch_corpus_get_event (corpus, i);
        both += event_has (event, CH_FACET_COUNTRY, c) && event_has (event, CH_FACET_TOPIC, t);
      }
    /* The topic row's count is the number of events with that country and topic */
    count_label = gtk_widget_get_next_sibling (topic);
    g_snprintf (text, sizeof text, "%u", both);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (count_label)), ==, text);

    gtk_check_button_set_active (GTK_CHECK_BUTTON (topic), TRUE);
    g_assert_cmpuint (column_view_n_items (window), ==, both);

    /* The chips show both filters; "Clear Filters" drops them */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
    g_assert_false (ch_filter_is_active (filter));
    g_assert_cmpuint (column_view_n_items (window), ==, 600);
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (country)));
  }

  /* The date range entries */
  {
    GtkWidget *from = find_descendant (GTK_WIDGET (window), GTK_TYPE_ENTRY, 0);
    GtkWidget *to = find_descendant (GTK_WIDGET (window), GTK_TYPE_ENTRY, 1);
    guint expected = 0;

    gtk_editable_set_text (GTK_EDITABLE (from), "2018-03");
    gtk_editable_set_text (GTK_EDITABLE (to), "2019");
    g_signal_emit_by_name (to, "activate");
    for (guint i = 0; i < 600; i++)
      {
        guint32 key = ch_day_sort_key (ch_event_get_date (ch_corpus_get_event (corpus, i)));
        expected += key != G_MAXUINT32 && key >= 20180300 && key <= 20191231;
      }
    g_assert_cmpuint (column_view_n_items (window), ==, expected);

    /* A range set elsewhere (the timeline's brush) shows in the entries */
    ch_filter_set_date_range (filter, 20200101, 20201231);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from)), ==, "2020-01-01");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (to)), ==, "2020-12-31");
    ch_filter_set_date_range (filter, 0, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ChWindow *window;
  guint     n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;
  return column_view_n_items (wait->window) == wait->n;
}

static void
test_window_search (void)
{
  ChWindow *window = create_window (400);
  ChCorpus *corpus = ch_window_get_corpus (window);
  GtkWidget *entry = ch_window_get_search_entry (window);
  CountWait wait = { window, 0 };

  for (guint i = 0; i < 400; i++)
    {
      ChEvent *event = ch_corpus_get_event (corpus, i);
      const char * const *people = ch_event_get_participants (event);
      gboolean hit = FALSE;

      for (guint p = 0; people[p] != NULL; p++)
        hit |= strstr (people[p], "Lavrov") != NULL;
      hit |= strstr (ch_event_get_evidence (event), "Lavrov") != NULL;
      hit |= strstr (ch_event_get_source_title (event), "Lavrov") != NULL;
      wait.n += hit;
    }
  g_assert_cmpuint (wait.n, >, 0);
  g_assert_cmpuint (wait.n, <, 400);

  gtk_editable_set_text (GTK_EDITABLE (entry), "lAVROV");
  g_assert_true (ch_test_pump_until (count_is, &wait));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait.n = 400;
  g_assert_true (ch_test_pump_until (count_is, &wait));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_list_view (ChWindow *window)
{
  return find_descendant (ch_window_get_column_view (window), GTK_TYPE_LIST_VIEW, 0);
}

static void
test_window_selection (void)
{
  ChWindow *window = create_window (300);
  GtkSelectionModel *selection = ch_window_get_selection (window);
  GtkWidget *list_view = find_list_view (window);
  g_autoptr(GtkBitset) selected = NULL;

  g_assert_nonnull (list_view);
  g_assert_true (gtk_column_view_get_model (GTK_COLUMN_VIEW (ch_window_get_column_view (window))) == selection);

  /* What a click does: select row 4 alone */
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", 4, FALSE, FALSE));
  g_assert_true (gtk_selection_model_is_selected (selection, 4));
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_cmpstr (ch_window_get_status_text (window), ==, "300 of 300 events, 1 selected");

  /* Ctrl+click adds row 9; Shift+click extends to row 12 */
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", 9, TRUE, FALSE));
  g_assert_true (gtk_selection_model_is_selected (selection, 4));
  g_assert_true (gtk_selection_model_is_selected (selection, 9));
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", 12, TRUE, TRUE));
  g_clear_pointer (&selected, gtk_bitset_unref);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 5);

  /* Ctrl+A */
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-all", NULL));
  g_clear_pointer (&selected, gtk_bitset_unref);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 300);
  g_assert_cmpstr (ch_window_get_status_text (window), ==, "300 of 300 events, 300 selected");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether each of @events is listed and selected, and nothing else is. */
static void
assert_selected_events (ChWindow  *window,
                        GPtrArray *events)
{
  ChFilter *filter = ch_window_get_filter (window);
  GtkSelectionModel *selection = ch_window_get_selection (window);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  g_autofree char *status = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      guint position = ch_filter_find_event (filter, g_ptr_array_index (events, i));

      g_assert_cmpuint (position, !=, G_MAXUINT);
      g_assert_true (gtk_selection_model_is_selected (selection, position));
      g_assert_true (gtk_bitset_contains (selected, position));
    }
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, events->len);

  status = g_strdup_printf ("%u of %u events, %u selected",
                            g_list_model_get_n_items (G_LIST_MODEL (filter)),
                            g_list_model_get_n_items (G_LIST_MODEL (ch_window_get_corpus (window))),
                            events->len);
  g_assert_cmpstr (ch_window_get_status_text (window), ==, status);
}

/* The text of a cell of the list's first row, as drawn. */
static const char *
first_row_cell_text (ChWindow *window,
                     guint     column)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_descendants (find_list_view (window), CH_TYPE_CELL_LABEL, cells);
  for (guint i = 0; i < cells->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (cells->pdata[i], "ch-column")) == column)
      return ch_cell_label_get_text (cells->pdata[i]);
  g_assert_not_reached ();
}

/* The selection is a set of events: a facet change, a sort and an import
 * keep the selected events selected wherever they move, and only the
 * events the filter hides leave it. The list's rows stay the same objects
 * and show the events now at their positions. */
static void
test_window_selection_refilter (void)
{
  ChWindow *window = create_window (400);
  ChFilter *filter = ch_window_get_filter (window);
  GtkSelectionModel *selection = ch_window_get_selection (window);
  GtkColumnView *view = GTK_COLUMN_VIEW (ch_window_get_column_view (window));
  GtkWidget *list_view = find_list_view (window);
  g_autoptr(GPtrArray) picked = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) more = NULL;
  g_autoptr(ChEvent) other = NULL;
  g_autoptr(GObject) first_row = NULL;
  g_autoptr(GObject) row = NULL;
  g_autoptr(ChEvent) first_event = NULL;
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GtkColumnViewColumn) confidence = NULL;
  g_autofree char *text = NULL;
  ChEventType type;
  guint type_id;
  gboolean first_click = TRUE;

  g_assert_nonnull (list_view);

  /* Three events of one type, far apart in the list, and one of another
   * type; clicked as a user would: click, then Ctrl+click. */
  {
    g_autoptr(ChEvent) anchor = g_list_model_get_item (G_LIST_MODEL (filter), 20);

    type = ch_event_get_event_type (anchor);
  }
  for (guint i = 20; i < 400 && (picked->len < 3 || other == NULL); i += 7)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (filter), i);

      if (ch_event_get_event_type (event) == type && picked->len < 3)
        g_ptr_array_add (picked, g_object_ref (event));
      else if (ch_event_get_event_type (event) != type && other == NULL)
        other = g_object_ref (event);
      else
        continue;
      g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)",
                                                 i, !first_click, FALSE));
      first_click = FALSE;
    }
  g_assert_cmpuint (picked->len, ==, 3);
  g_assert_nonnull (other);
  g_ptr_array_add (picked, g_object_ref (other));
  assert_selected_events (window, picked);
  g_ptr_array_remove (picked, other);

  first_row = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  /* Room for every column beside the reader, Confidence too. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (ch_test_pump_until (columns_fit, window));

  /* A facet change: the three stay selected at their new positions; the
   * hidden one leaves the selection. */
  type_id = ch_filter_lookup_value (filter, CH_FACET_TYPE, ch_event_type_to_slug (type));
  ch_filter_set_selected (filter, CH_FACET_TYPE, type_id, TRUE);
  ch_test_pump_for (50);
  g_assert_cmpuint (ch_filter_find_event (filter, other), ==, G_MAXUINT);
  assert_selected_events (window, picked);

  /* The first row is the same object, showing the filter's first event,
   * and its cells say so. */
  row = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_assert_true (row == first_row);
  first_event = g_list_model_get_item (G_LIST_MODEL (filter), 0);
  g_assert_true (ch_event_row_get_event (CH_EVENT_ROW (row)) == first_event);
  text = g_strdup_printf ("%.2f", ch_event_get_confidence (first_event));
  g_assert_cmpstr (first_row_cell_text (window, 6), ==, text);

  /* Widening again does not bring the hidden one back. */
  ch_filter_set_selected (filter, CH_FACET_TYPE, type_id, FALSE);
  ch_test_pump_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 400);
  assert_selected_events (window, picked);

  /* A sort moves every event; the selection follows them. */
  columns = g_object_ref (gtk_column_view_get_columns (view));
  confidence = g_list_model_get_item (columns, 6);
  gtk_column_view_sort_by_column (view, confidence, GTK_SORT_DESCENDING);
  ch_test_pump_for (50);
  assert_selected_events (window, picked);
  g_clear_object (&first_event);
  g_clear_pointer (&text, g_free);
  first_event = g_list_model_get_item (G_LIST_MODEL (filter), 0);
  text = g_strdup_printf ("%.2f", ch_event_get_confidence (first_event));
  g_assert_cmpstr (first_row_cell_text (window, 6), ==, text);

  /* Events that arrive (an import) shift nothing that was selected. */
  more = ch_test_make_events (50, 99);
  ch_corpus_add_events (ch_window_get_corpus (window), (ChEvent **) more->pdata, more->len);
  ch_test_pump_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 450);
  assert_selected_events (window, picked);

  /* A search that hides two of them leaves one selected. */
  {
    ChEvent *kept = g_ptr_array_index (picked, 0);
    const char *title = ch_event_get_source_title (kept);

    g_assert_nonnull (title);
    ch_filter_set_text (filter, title);
    ch_test_pump_for (50);
    for (guint i = picked->len; i > 0; i--)
      if (ch_filter_find_event (filter, g_ptr_array_index (picked, i - 1)) == G_MAXUINT)
        g_ptr_array_remove_index (picked, i - 1);
    g_assert_cmpuint (picked->len, >=, 1);
    assert_selected_events (window, picked);
  }

  /* Ctrl+A selects what is listed, and a click then selects one alone. */
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-all", NULL));
  g_assert_cmpuint (ch_event_selection_get_n_selected (CH_EVENT_SELECTION (selection)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (filter)));
  g_ptr_array_set_size (picked, 0);
  g_ptr_array_add (picked, g_list_model_get_item (G_LIST_MODEL (filter), 0));
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", 0, FALSE, FALSE));
  assert_selected_events (window, picked);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A minimal RFC 4180 reader: enough to read back what was exported
 * without trusting the writer's own code. */
static GPtrArray *
parse_csv (const char *text,
           gsize       len)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  gsize i = 0;

  /* The byte order mark, when asked for */
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    i = 3;

  while (i < len)
    {
      char c = text[i];

      if (c == '"' && cell->len == 0)
        {
          for (i++; i < len; i++)
            {
              if (text[i] == '"' && i + 1 < len && text[i + 1] == '"')
                {
                  g_string_append_c (cell, '"');
                  i++;
                }
              else if (text[i] == '"')
                {
                  i++;
                  break;
                }
              else
                g_string_append_c (cell, text[i]);
            }
          continue;
        }
      if (c == ',')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
        }
      else if (c == '\r' && i + 1 < len && text[i + 1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          i++;
        }
      else
        g_string_append_c (cell, c);
      i++;
    }
  g_assert_cmpuint (cell->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (cell, TRUE);

  return rows;
}

static void
test_window_export (void)
{
  ChWindow *window = create_window (250);
  GtkSelectionModel *selection = ch_window_get_selection (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = g_dir_make_tmp ("chancery-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "chancery-events.csv", NULL);
  g_autofree char *contents = NULL;
  static const guint picks[] = { 2, 17, 18, 40, 199 };
  const char * const *fields = ch_event_get_field_names ();
  gsize len;
  guint n = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (ch_window_get_filter (window)), picks[i]);

      gtk_selection_model_select_item (selection, picks[i], i == 0);
      g_hash_table_add (expected, g_strdup (ch_event_get_event_id (event)));
    }

  g_assert_true (ch_window_export (window, CH_EXPORT_SELECTED, path, TRUE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (picks));

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "event_id,date,"));
  rows = parse_csv (contents, len);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (picks) + 1);

  /* The header is EVENTS.md's, and exactly the selected events follow, in
   * date order */
  {
    GPtrArray *header = g_ptr_array_index (rows, 0);
    guint32 last = 0;

    g_assert_cmpuint (header->len, ==, g_strv_length ((char **) fields));
    for (guint c = 0; c < header->len; c++)
      g_assert_cmpstr (g_ptr_array_index (header, c), ==, fields[c]);

    for (guint r = 1; r < rows->len; r++)
      {
        GPtrArray *row = g_ptr_array_index (rows, r);
        ChDay day = { 0 };
        guint32 key;

        g_assert_cmpuint (row->len, ==, header->len);
        g_assert_true (g_hash_table_remove (expected, g_ptr_array_index (row, 0)));
        if (((char *) g_ptr_array_index (row, 1))[0] != '\0')
          g_assert_true (ch_day_parse_iso (g_ptr_array_index (row, 1), &day));
        key = ch_day_sort_key (&day);
        g_assert_cmpuint (key, >=, last);
        last = key;
      }
    g_assert_cmpuint (g_hash_table_size (expected), ==, 0);
  }

  /* "Export All Filtered" writes what the filter lets through, no BOM */
  {
    ChFilter *filter = ch_window_get_filter (window);
    guint id = ch_filter_lookup_value (filter, CH_FACET_TYPE, "visit");
    g_autoptr(GPtrArray) all = NULL;

    ch_filter_set_selected (filter, CH_FACET_TYPE, id, TRUE);
    g_assert_true (ch_window_export (window, CH_EXPORT_FILTERED, path, FALSE, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, ch_filter_get_n_matches (filter));
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (path, &contents, &len, &error));
    g_assert_true (g_str_has_prefix (contents, "event_id,"));
    all = parse_csv (contents, len);
    g_assert_cmpuint (all->len, ==, n + 1);
    for (guint r = 1; r < all->len; r++)
      g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (all, r), 3), ==, "visit");
  }

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_views (void)
{
  ChWindow *window = create_window (300);
  ChFilter *filter = ch_window_get_filter (window);
  GtkSelectionModel *selection = ch_window_get_selection (window);
  GtkWidget *timeline = find_descendant (GTK_WIDGET (window), CH_TYPE_TIMELINE, 0);
  GtkWidget *from = find_descendant (GTK_WIDGET (window), GTK_TYPE_ENTRY, 0);
  GtkWidget *reader;
  g_autoptr(ChEvent) picked = NULL;
  guint id;

  g_assert_nonnull (timeline);
  /* The reader shows only while an event is selected. */
  g_assert_null (find_descendant (GTK_WIDGET (window), CH_TYPE_READER, 0));

  /* One selection drives the list, the timeline and the reader */
  g_assert_true (ch_timeline_get_selection (CH_TIMELINE (timeline)) == selection);
  g_assert_true (ch_timeline_get_model (CH_TIMELINE (timeline)) == G_LIST_MODEL (filter));
  picked = g_list_model_get_item (G_LIST_MODEL (filter), 7);
  gtk_selection_model_select_item (selection, 7, TRUE);
  reader = find_descendant (GTK_WIDGET (window), CH_TYPE_READER, 0);
  g_assert_nonnull (reader);
  g_assert_true (ch_reader_get_event (CH_READER (reader)) == picked);

  /* A brush on the timeline is the date filter, and the entries follow */
  ch_timeline_set_range (CH_TIMELINE (timeline), 20170101, 20171231);
  {
    guint32 start, end;

    ch_filter_get_date_range (filter, &start, &end);
    g_assert_cmpuint (start, ==, 20170101);
    g_assert_cmpuint (end, ==, 20171231);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from)), ==, "2017-01-01");
  }
  ch_filter_set_date_range (filter, 0, 0);
  g_assert_cmpuint (ch_timeline_get_range_start (CH_TIMELINE (timeline)), ==, 0);

  /* A click on a person in the reader filters by that participant */
  g_signal_emit_by_name (reader, "entity-activated", (guint) CH_ENTITY_PERSON,
                         ch_event_get_participants (picked)[0]);
  id = ch_filter_lookup_value (filter, CH_FACET_PARTICIPANT, ch_event_get_participants (picked)[0]);
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_PARTICIPANT, id));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==,
                    ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id));

  /* An event the reader points to is selected, even when filtered out */
  {
    ChCorpus *corpus = ch_window_get_corpus (window);
    ChEvent *other = NULL;

    for (guint i = 0; i < 300 && other == NULL; i++)
      if (!ch_filter_matches (filter, i))
        other = ch_corpus_get_event (corpus, i);
    g_assert_nonnull (other);
    g_signal_emit_by_name (reader, "event-activated", other);
    g_assert_false (ch_filter_is_active (filter));
    g_assert_true (gtk_selection_model_is_selected (selection, ch_filter_find_event (filter, other)));
    g_assert_true (ch_reader_get_event (CH_READER (reader)) == other);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
import_finished (gpointer data)
{
  ChWindow *window = data;
  ChCorpus *corpus = ch_window_get_corpus (window);

  return !ch_corpus_get_importing (corpus) &&
         g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0;
}

static void
test_window_sample (void)
{
  ChWindow *window = create_window (0);
  ChCorpus *corpus = ch_window_get_corpus (window);
  ChFilter *filter = ch_window_get_filter (window);
  GtkWidget *list = ch_window_get_facet_list (window, CH_FACET_COUNTRY);
  GtkWidget *check;
  const char *value;
  guint n, expected = 0;

  /* The bundled articles, through the real import and extraction */
  ch_window_load_sample (window);
  g_assert_true (ch_test_pump_until (import_finished, window));
  ch_test_pump_for (100);

  n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_assert_cmpuint (n, >=, 20);
  g_assert_cmpuint (column_view_n_items (window), ==, n);
  {
    g_autofree char *status = g_strdup_printf ("%u of %u events, 0 selected", n, n);
    g_assert_cmpstr (ch_window_get_status_text (window), ==, status);
  }

  /* The country facet lists names, and ticking one filters the list */
  check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 0);
  g_assert_nonnull (check);
  value = row_value (window, CH_FACET_COUNTRY, check);
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), !=, value);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  for (guint i = 0; i < n; i++)
    expected += event_has (ch_corpus_get_event (corpus, i), CH_FACET_COUNTRY, value);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (column_view_n_items (window), ==, expected);
  g_assert_cmpuint (ch_filter_get_n_matches (filter), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
import_done (gpointer data)
{
  return !ch_corpus_get_importing (ch_window_get_corpus (data));
}

static void
test_window_failures_and_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.chancery.Chancery");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chancery-open-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "talks.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "photo.txt", NULL);
  static const char binary[] = { 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0 };
  ChWindow *window;
  GFile *files[2];
  GtkWidget *label;
  gboolean found = FALSE;
  g_auto(GStrv) paths = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (good,
      "ISLAMABAD, March 4 - Pakistan's Foreign Minister Ishaq Dar met Russian Foreign "
      "Minister Sergey Lavrov in Moscow on Tuesday; they discussed trade and energy.\n", -1, &error));
  g_assert_true (g_file_set_contents (bad, binary, sizeof binary, &error));

  g_settings_set_boolean (settings, "load-sample", TRUE);
  window = create_window (0);
  files[0] = g_file_new_for_path (good);
  files[1] = g_file_new_for_path (bad);
  ch_window_open (window, files, 2, FALSE);
  g_assert_true (ch_test_pump_until (import_done, window));
  ch_test_pump_for (100);

  /* The unreadable file is named in the bar, the rest was read, and the
   * user's own files replaced the sample and are remembered */
  for (guint i = 0; (label = find_descendant (GTK_WIDGET (window), GTK_TYPE_LABEL, i)) != NULL; i++)
    found |= strstr (gtk_label_get_text (GTK_LABEL (label)), "photo.txt") != NULL;
  g_assert_true (found);
  g_assert_false (g_settings_get_boolean (settings, "load-sample"));
  paths = g_settings_get_strv (settings, "corpus-paths");
  g_assert_cmpuint (g_strv_length (paths), ==, 2);

  /* Window state is saved on close */
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 777);
  g_object_set (window, "sidebar-visible", FALSE, NULL);
  g_assert_false (g_settings_get_boolean (settings, "sidebar-visible"));
  gtk_window_close (GTK_WINDOW (window));
  ch_test_pump_for (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 777);
  g_settings_reset (settings, "sidebar-visible");

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* Day numbers (Julian) of the first and the last day a sort key covers:
 * "2018" is all of 2018, "201803" all of March. */
static guint
key_first_day (guint key)
{
  g_autoptr(GDate) date = g_date_new_dmy (key % 100 ? key % 100 : 1,
                                          (key / 100) % 100 ? (key / 100) % 100 : 1,
                                          key / 10000);
  return g_date_get_julian (date);
}

static guint
key_last_day (guint key)
{
  guint y = key / 10000, m = (key / 100) % 100;
  g_autoptr(GDate) date = NULL;

  if (m == 0)
    date = g_date_new_dmy (31, 12, y);
  else if (key % 100 == 0)
    date = g_date_new_dmy (g_date_get_days_in_month (m, y), m, y);
  else
    date = g_date_new_dmy (key % 100, m, y);
  return g_date_get_julian (date);
}

static gboolean
timeline_ready (gpointer data)
{
  return !_ch_timeline_is_projection_pending (data);
}

/* Lets the window lay out, bin and draw what just changed. */
static void
settle (ChTimeline *timeline)
{
  g_assert_true (ch_test_pump_until (timeline_ready, timeline));
  ch_test_pump_for (60);
}

static void
test_window_timeline_follow (void)
{
  ChWindow *window = create_window (600);
  ChFilter *filter = ch_window_get_filter (window);
  ChTimeline *timeline = CH_TIMELINE (find_descendant (GTK_WIDGET (window), CH_TYPE_TIMELINE, 0));
  GtkWidget *from = find_descendant (GTK_WIDGET (window), GTK_TYPE_ENTRY, 0);
  GtkWidget *to = find_descendant (GTK_WIDGET (window), GTK_TYPE_ENTRY, 1);
  GtkWidget *fit = NULL;
  guint v0, v1, b0, b1, all0, all1;

  settle (timeline);
  ch_timeline_get_visible_range (timeline, &all0, &all1);
  /* The generated corpus spans decades: a year is a small part of it */
  g_assert_cmpuint (key_last_day (all1) - key_first_day (all0), >, 3 * 366);

  /* A range typed in the sidebar brings the timeline to it, with a small
   * margin on each side */
  gtk_editable_set_text (GTK_EDITABLE (from), "2018");
  gtk_editable_set_text (GTK_EDITABLE (to), "2018");
  g_signal_emit_by_name (to, "activate");
  settle (timeline);
  ch_timeline_get_visible_range (timeline, &v0, &v1);
  g_test_message ("2018 shows as %u..%u", v0, v1);
  g_assert_cmpuint (key_first_day (v0), <=, key_first_day (20180101));
  g_assert_cmpuint (key_first_day (v0), >=, key_first_day (20180101) - 30);
  g_assert_cmpuint (key_last_day (v1), >=, key_last_day (20181231));
  g_assert_cmpuint (key_last_day (v1), <=, key_last_day (20181231) + 30);

  /* A brush on the timeline sets the filter; the view stays where it is */
  _ch_timeline_brush (timeline,
                      _ch_timeline_x_for_sort_key (timeline, 20180301),
                      _ch_timeline_x_for_sort_key (timeline, 20180630));
  settle (timeline);
  {
    guint32 start, end;

    ch_filter_get_date_range (filter, &start, &end);
    g_assert_cmpuint (start, >=, 20180225);
    g_assert_cmpuint (start, <=, 20180305);
    g_assert_cmpuint (end, >=, 20180625);
    g_assert_cmpuint (end, <=, 20180705);
  }
  ch_timeline_get_visible_range (timeline, &b0, &b1);
  g_assert_cmpuint (b0, ==, v0);
  g_assert_cmpuint (b1, ==, v1);

  /* Clearing the date filter (here through "Clear Filters") leaves the
   * view alone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  settle (timeline);
  g_assert_cmpuint (ch_timeline_get_range_start (timeline), ==, 0);
  ch_timeline_get_visible_range (timeline, &b0, &b1);
  g_assert_cmpuint (b0, ==, v0);
  g_assert_cmpuint (b1, ==, v1);

  /* The window's "Fit All" button fits the events that pass the filters:
   * the view covers the first and the last of them, and little more */
  {
    GtkWidget *list = ch_window_get_facet_list (window, CH_FACET_COUNTRY);
    GtkWidget *check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 2);
    guint first = G_MAXUINT, last = 0, n;
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (find_descendant (list, GTK_TYPE_CHECK_BUTTON, 0)), TRUE);
    n = g_list_model_get_n_items (G_LIST_MODEL (filter));
    g_assert_cmpuint (n, >, 0);
    g_assert_cmpuint (n, <, 600);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (filter), i);
        const ChDay *day = ch_event_get_date (event);

        if (day->year == 0)
          continue;
        first = MIN (first, key_first_day (ch_day_sort_key (day)));
        last = MAX (last, key_last_day (ch_day_sort_key (day)));
      }
    g_assert_cmpuint (first, <=, last);

    collect_descendants (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (buttons->pdata[i]), "timeline-fit-button") == 0)
        fit = buttons->pdata[i];
    g_assert_nonnull (fit);
    g_assert_true (gtk_widget_is_drawable (fit));
    settle (timeline);
    g_signal_emit_by_name (fit, "clicked");
    settle (timeline);
    ch_timeline_get_visible_range (timeline, &b0, &b1);
    g_test_message ("filtered events %u..%u (Julian) show as %u..%u", first, last,
                    key_first_day (b0), key_last_day (b1));
    g_assert_cmpuint (key_first_day (b0), <=, first);
    g_assert_cmpuint (key_last_day (b1), >=, last);
    /* a margin of a few percent and a day on each side, no more */
    g_assert_cmpuint (first - key_first_day (b0), <=, (last - first + 1) * 0.05 + 3);
    g_assert_cmpuint (key_last_day (b1) - last, <=, (last - first + 1) * 0.05 + 3);
    /* narrower than everything, which spans more than these */
    g_assert_cmpuint (key_last_day (b1) - key_first_day (b0), <,
                      key_last_day (all1) - key_first_day (all0));
  }

  /* A range set by a chip's removal or a project (the filter itself) moves
   * the view too, here an open-ended one */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  ch_filter_set_date_range (filter, 20100101, 0);
  settle (timeline);
  ch_timeline_get_visible_range (timeline, &v0, &v1);
  g_assert_cmpuint (key_first_day (v0), <=, key_first_day (20100101));
  g_assert_cmpuint (key_first_day (v0), >=, key_first_day (20100101) - 366);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The application's style sheet, as AdwApplication loads it: it sizes the
 * sidebar's rows and headings and the timeline's buttons. */
static void
use_app_style (void)
{
  static GtkCssProvider *provider = NULL;

  if (provider != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/chancery/Chancery/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static GtkWidget *
find_fit_button (ChWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (buttons->pdata[i]), "timeline-fit-button") == 0)
      return buttons->pdata[i];
  return NULL;
}

/* "Fit All" covers no data: it lies inside the timeline's header cell
 * above the lane names, where the timeline draws no mark, lane name or
 * tick label, in either text direction. */
static void
test_window_timeline_fit_place (void)
{
  static const GtkTextDirection directions[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };

  use_app_style ();
  for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
    {
      ChWindow *window;
      ChTimeline *timeline;
      GtkWidget *fit;
      graphene_rect_t corner, bounds;
      guint b0, b1;

      gtk_widget_set_default_direction (directions[d]);
      window = create_window (600);
      timeline = CH_TIMELINE (find_descendant (GTK_WIDGET (window), CH_TYPE_TIMELINE, 0));
      settle (timeline);

      fit = find_fit_button (window);
      g_assert_nonnull (fit);
      g_assert_true (gtk_widget_is_drawable (fit));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (fit), ==, "Fit All Events (Home)");

      _ch_timeline_get_corner (timeline, &corner);
      g_assert_true (gtk_widget_compute_bounds (fit, GTK_WIDGET (timeline), &bounds));
      g_test_message ("%s: button at %.0f,%.0f %.0fx%.0f; corner %.0f,%.0f %.0fx%.0f; timeline %dx%d",
                      directions[d] == GTK_TEXT_DIR_RTL ? "rtl" : "ltr",
                      bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                      corner.origin.x, corner.origin.y, corner.size.width, corner.size.height,
                      gtk_widget_get_width (GTK_WIDGET (timeline)),
                      gtk_widget_get_height (GTK_WIDGET (timeline)));
      g_assert_cmpfloat (bounds.size.width, >, 0);
      g_assert_true (graphene_rect_contains_rect (&corner, &bounds));
      /* the plot, which holds the marks, starts where the corner ends */
      g_assert_true (_ch_timeline_y_for_lane (timeline, 0) > corner.origin.y + corner.size.height);

      /* and it still fits the view to the events */
      ch_timeline_get_visible_range (timeline, &b0, &b1);
      _ch_timeline_zoom_at (timeline, _ch_timeline_x_for_sort_key (timeline, 20000101), 8.0);
      settle (timeline);
      {
        guint z0, z1, f0, f1;

        ch_timeline_get_visible_range (timeline, &z0, &z1);
        g_assert_true (z0 != b0 || z1 != b1);
        g_signal_emit_by_name (fit, "clicked");
        settle (timeline);
        ch_timeline_get_visible_range (timeline, &f0, &f1);
        g_assert_cmpuint (f0, ==, b0);
        g_assert_cmpuint (f1, ==, b1);
      }

      gtk_window_destroy (GTK_WINDOW (window));
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* The facet's "Show All (N)" / "Show Fewer" button, NULL when hidden. */
static GtkWidget *
find_expand_button (GtkWidget *list)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (list, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_button_get_label (buttons->pdata[i]);

      if (label != NULL && (g_str_has_prefix (label, "Show All") || strcmp (label, "Show Fewer") == 0))
        return buttons->pdata[i];
    }
  return NULL;
}

typedef struct
{
  ChWindow  *window;
  GtkWidget *list;
  guint      id;
} RowWait;

static gboolean
row_shown (gpointer data)
{
  RowWait *wait = data;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  collect_descendants (wait->list, GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (checks->pdata[i], "value-id")) == wait->id)
      return TRUE;
  return FALSE;
}

static void
test_window_facets_in_sight (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  ChWindow *window;
  ChFilter *filter;
  GtkWidget *countries, *sidebar;
  GtkAdjustment *vadj;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  static const char * const expected[] = {
    "Dates", "Countries", "Participants", "Organizations", "Topics", "Event Types",
  };

  /* The application's style sheet, as AdwApplication loads it, sizes the
   * sidebar's rows and headings */
  gtk_css_provider_load_from_resource (provider, "/io/github/chancery/Chancery/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  window = create_window (600);
  countries = ch_window_get_facet_list (window, CH_FACET_COUNTRY);
  sidebar = gtk_widget_get_ancestor (countries, GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (sidebar));
  filter = ch_window_get_filter (window);

  ch_test_pump_for (200);
  /* The window opens at the schema's default size */
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_test_message ("window %dx%d, allocated %dx%d", width, height,
                    gtk_widget_get_width (GTK_WIDGET (window)),
                    gtk_widget_get_height (GTK_WIDGET (window)));
    g_assert_cmpint (width, ==, 1280);
    g_assert_cmpint (height, ==, 820);
    /* the surface is that size, less the frame's borders at most */
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), >=, 800);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 820);
  }

  /* Every facet's heading is in the sidebar's visible area, in the order
   * the design lists them, without scrolling */
  collect_descendants (sidebar, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "heading"))
      g_ptr_array_add (headings, labels->pdata[i]);
  g_assert_cmpuint (headings->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);
  for (guint i = 0; i < headings->len; i++)
    {
      graphene_rect_t bounds;

      g_assert_cmpstr (gtk_label_get_text (headings->pdata[i]), ==, expected[i]);
      g_assert_true (gtk_widget_compute_bounds (headings->pdata[i], sidebar, &bounds));
      g_test_message ("%s at y %.0f..%.0f of %d", expected[i], bounds.origin.y,
                      bounds.origin.y + bounds.size.height, gtk_widget_get_height (sidebar));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (sidebar));
    }

  /* and so is each facet's first value, whole: the Event Types, last in
   * the sidebar, start with their most frequent type in sight */
  for (ChFacet facet = 0; facet < CH_N_FACETS; facet++)
    {
      GtkWidget *list = ch_window_get_facet_list (window, facet);
      GtkWidget *row = find_descendant (list, GTK_TYPE_LIST_BOX_ROW, 0);
      graphene_rect_t bounds;

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_compute_bounds (row, sidebar, &bounds));
      g_test_message ("first value of %s at y %.0f..%.0f of %d",
                      ch_label_for_facet (facet),
                      bounds.origin.y, bounds.origin.y + bounds.size.height,
                      gtk_widget_get_height (sidebar));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (sidebar));
    }

  /* A long facet shows its most frequent values; "Show All (N)" shows all
   * of them, "Show Fewer" the few again */
  {
    GtkWidget *list = ch_window_get_facet_list (window, CH_FACET_PARTICIPANT);
    GtkWidget *button = find_expand_button (list);
    guint n_values = ch_filter_get_n_values (filter, CH_FACET_PARTICIPANT);
    g_autofree char *label = g_strdup_printf ("Show All (%u)", n_values);
    guint n_rows = ch_facet_list_get_n_rows (CH_FACET_LIST (list));
    GtkWidget *first = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 0);
    GtkWidget *last = find_descendant (list, GTK_TYPE_CHECK_BUTTON, n_rows - 1);
    guint id_first = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (first), "value-id"));
    guint id_last = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (last), "value-id"));

    g_assert_cmpuint (n_values, >, 10);
    g_assert_cmpuint (n_rows, <, 5);
    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
    /* the shown ones are the most frequent */
    for (guint id = 0; id < n_values; id++)
      {
        RowWait wait = { window, list, id };

        if (!row_shown (&wait))
          g_assert_cmpuint (ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id), <=,
                            ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id_last));
      }
    g_assert_cmpuint (ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id_first), >=,
                      ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id_last));

    g_signal_emit_by_name (button, "clicked");
    g_assert_cmpuint (ch_facet_list_get_n_rows (CH_FACET_LIST (list)), ==, MIN (n_values, 60));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Show Fewer");
    g_signal_emit_by_name (button, "clicked");
    g_assert_cmpuint (ch_facet_list_get_n_rows (CH_FACET_LIST (list)), ==, n_rows);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  }

  /* The facet's search looks through all its values, not only the shown
   * few: the least frequent participant is found by name */
  {
    GtkWidget *list = ch_window_get_facet_list (window, CH_FACET_PARTICIPANT);
    GtkWidget *search_button = find_descendant (list, GTK_TYPE_TOGGLE_BUTTON, 0);
    GtkWidget *entry;
    guint n_values = ch_filter_get_n_values (filter, CH_FACET_PARTICIPANT);
    RowWait wait = { window, list, G_MAXUINT };
    const char *name;

    for (guint id = 0; id < n_values; id++)
      if (wait.id == G_MAXUINT ||
          ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id) <
          ch_filter_get_total (filter, CH_FACET_PARTICIPANT, wait.id))
        wait.id = id;
    g_assert_false (row_shown (&wait));
    name = ch_label_for_value (CH_FACET_PARTICIPANT,
                               ch_filter_get_value (filter, CH_FACET_PARTICIPANT, wait.id));

    g_assert_nonnull (search_button);
    g_assert_null (find_descendant (list, GTK_TYPE_SEARCH_ENTRY, 0));
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (search_button), TRUE);
    entry = find_descendant (list, GTK_TYPE_SEARCH_ENTRY, 0);
    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), name);
    g_assert_true (ch_test_pump_until (row_shown, &wait));
    /* while searching, the toggle has nothing to do */
    g_assert_null (find_expand_button (list));

    /* Closing the search shows the few again */
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (search_button), FALSE);
    g_assert_false (row_shown (&wait));
    g_assert_nonnull (find_expand_button (list));
  }

  /* A ticked value stays in sight when the facet shows only a few */
  {
    GtkWidget *list = ch_window_get_facet_list (window, CH_FACET_PARTICIPANT);
    GtkWidget *button = find_expand_button (list);
    RowWait wait = { window, list, 0 };
    GtkWidget *check;

    g_signal_emit_by_name (button, "clicked");
    check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 7);
    wait.id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "value-id"));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_signal_emit_by_name (button, "clicked");
    g_assert_true (row_shown (&wait));

    /* and so does one ticked from elsewhere, such as the reader */
    g_assert_cmpuint (ch_facet_list_get_n_rows (CH_FACET_LIST (list)), ==, 4);
    g_signal_emit_by_name (button, "clicked");
    check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, 9);
    wait.id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "value-id"));
    g_signal_emit_by_name (button, "clicked");
    g_assert_false (row_shown (&wait));
    ch_filter_set_selected (filter, CH_FACET_PARTICIPANT, wait.id, TRUE);
    g_assert_true (row_shown (&wait));
    g_assert_cmpuint (ch_facet_list_get_n_rows (CH_FACET_LIST (list)), ==, 5);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ch_test_allow_unallocated_snapshots ();
  adw_init ();

  g_test_add_func ("/ui/window/list", test_window_list);
  g_test_add_func ("/ui/window/columns-fit", test_window_columns_fit);
  g_test_add_func ("/ui/window/date-width-cached", test_window_date_width_cached);
  g_test_add_func ("/ui/window/facets", test_window_facets);
  g_test_add_func ("/ui/window/search", test_window_search);
  g_test_add_func ("/ui/window/selection", test_window_selection);
  g_test_add_func ("/ui/window/selection-refilter", test_window_selection_refilter);
  g_test_add_func ("/ui/window/export", test_window_export);
  g_test_add_func ("/ui/window/views", test_window_views);
  g_test_add_func ("/ui/window/timeline-follow", test_window_timeline_follow);
  g_test_add_func ("/ui/window/timeline-fit-place", test_window_timeline_fit_place);
  g_test_add_func ("/ui/window/facets-in-sight", test_window_facets_in_sight);
  g_test_add_func ("/ui/window/sample", test_window_sample);
  g_test_add_func ("/ui/window/failures-state", test_window_failures_and_state);

  return g_test_run ();
}
