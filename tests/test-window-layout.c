/* test-window-layout.c: how the window shares its width, at 1400 × 900
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ch-application.h"
#include "ch-reader.h"
#include "ch-reader-private.h"
#include "ch-test-ui.h"
#include "ch-window-private.h"
#include "ch-window.h"

/*
 * The real application on the bundled sample corpus, in a 1400 × 900
 * window, as a user first sees it: with no event selected the event list
 * has the width beside the filters to itself, and its Participants and
 * Place columns are wide enough to read; selecting an event opens the
 * reader with its article beside the list; clearing the selection gives
 * the width back; the reader keeps the width the user gave it.
 *
 * Each check waits for the layout (the columns follow the list's width
 * on the frame after it changed) rather than sleeping a fixed time.
 */

enum {
  COLUMN_DATE,
  COLUMN_TYPE,
  COLUMN_PARTICIPANTS,
  COLUMN_PLACE,
  COLUMN_TOPICS,
  COLUMN_SOURCE,
  COLUMN_CONFIDENCE,
  N_COLUMNS
};

/* A cell's padding, left and right, in Adwaita */
#define PADDING 12

static GtkColumnView *
column_view (ChWindow *window)
{
  return GTK_COLUMN_VIEW (ch_window_get_column_view (window));
}

/* The header's title widget of column @c. */
static GtkWidget *
column_title (ChWindow *window,
              guint     c)
{
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (column_view (window))));

  for (guint i = 0; title != NULL && i < c; i++)
    title = gtk_widget_get_next_sibling (title);
  g_assert_nonnull (title);
  return title;
}

static gboolean
column_visible (ChWindow *window,
                guint     c)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (column_view (window)), c);

  return gtk_column_view_column_get_visible (column);
}

/* The width column @c was given (its title and cells are that wide, less
 * their padding); 0 when it is hidden. */
static int
column_width (ChWindow *window,
              guint     c)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (column_view (window)), c);

  return gtk_column_view_column_get_visible (column) ? gtk_column_view_column_get_fixed_width (column) : 0;
}

/* What the shown columns share out, laid out for the list's width. */
static int
columns_total (ChWindow *window)
{
  int total = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    total += column_width (window, c);
  return total;
}

static int
list_width (ChWindow *window)
{
  return gtk_widget_get_width (GTK_WIDGET (column_view (window)));
}

static int
reader_width (ChWindow *window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window->reader_box))
           ? gtk_widget_get_width (GTK_WIDGET (window->reader_box))
           : 0;
}

static ChReader *
reader (ChWindow *window)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->reader_box));

  g_assert_true (CH_IS_READER (child));
  return CH_READER (child);
}

/* The columns are laid out for the list's present width and shown so:
 * no layout is pending, the header's titles of the shown columns got
 * the columns' widths (less their padding), each whole, and together
 * the columns fill the list. */
static gboolean
columns_laid_out (ChWindow *window)
{
  int total = 0, width = list_width (window);

  if (width <= 0 || window->layout_columns_tick_id != 0 ||
      g_list_model_get_n_items (gtk_column_view_get_columns (column_view (window))) != N_COLUMNS)
    return FALSE;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *title = column_title (window, c);
      int fixed = column_width (window, c);
      int shown = gtk_widget_get_width (title);
      int natural;

      if (!column_visible (window, c))
        {
          if (gtk_widget_get_mapped (title))
            return FALSE;
          continue;
        }
      gtk_widget_measure (gtk_widget_get_first_child (title), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &natural, NULL, NULL);
      if (fixed <= 0 || shown <= 0 || shown > fixed || fixed - shown > 2 * PADDING ||
          gtk_widget_get_width (gtk_widget_get_first_child (title)) < natural)
        return FALSE;
      total += fixed;
    }
  return total >= width - 1 && total <= width;
}

/* Every column shows. */
static void
assert_all_columns (ChWindow *window)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_assert_true (column_visible (window, c));
}

static gboolean
list_alone_settled (gpointer data)
{
  ChWindow *window = data;

  return !gtk_widget_get_visible (GTK_WIDGET (window->reader_box)) && columns_laid_out (window);
}

static gboolean
reader_shown_settled (gpointer data)
{
  ChWindow *window = data;

  return gtk_widget_get_mapped (GTK_WIDGET (window->reader_box)) &&
         gtk_widget_get_width (GTK_WIDGET (window->reader_box)) > 0 &&
         columns_laid_out (window) &&
         list_width (window) + reader_width (window) <=
           gtk_widget_get_width (GTK_WIDGET (window->list_paned));
}

/* What a change waits for: the list or the reader to get another width
 * than @list_not or @reader_not (-1 for either), and the columns laid
 * out for it. */
typedef struct
{
  ChWindow *window;
  int       list_not;
  int       reader_not;
} Wait;

static gboolean
changed (Wait *wait)
{
  return (wait->list_not < 0 || list_width (wait->window) != wait->list_not) &&
         (wait->reader_not < 0 || reader_width (wait->window) != wait->reader_not);
}

static gboolean
list_alone_changed (gpointer data)
{
  return changed (data) && list_alone_settled (((Wait *) data)->window);
}

static gboolean
reader_shown_changed (gpointer data)
{
  return changed (data) && reader_shown_settled (((Wait *) data)->window);
}

static gboolean
sample_loaded (gpointer data)
{
  ChWindow *window = data;

  return !ch_corpus_get_importing (ch_window_get_corpus (window)) &&
         g_list_model_get_n_items (G_LIST_MODEL (ch_window_get_filter (window))) > 0;
}

static void
log_widths (ChWindow   *window,
            const char *when)
{
  g_test_message ("%s: window %d, list %d, reader %d; Date %d, Type %d, Participants %d, "
                  "Place %d, Topics %d, Source %d, Confidence %d",
                  when, gtk_widget_get_width (GTK_WIDGET (window)), list_width (window),
                  reader_width (window),
                  column_width (window, COLUMN_DATE), column_width (window, COLUMN_TYPE),
                  column_width (window, COLUMN_PARTICIPANTS), column_width (window, COLUMN_PLACE),
                  column_width (window, COLUMN_TOPICS), column_width (window, COLUMN_SOURCE),
                  column_width (window, COLUMN_CONFIDENCE));
}

/* The Escape shortcut of the list and reader's pane, activated as a key
 * press in @focus would activate it. */
static gboolean
press_escape (ChWindow  *window,
              GtkWidget *focus)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window->list_paned));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, focus, NULL);
        }
    }
  g_assert_not_reached ();
}

/* The reader's close button */
static GtkWidget *
find_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "reader.close") == 0)
        return child;
      if ((found = find_close_button (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The reader shows @event's own article, its evidence sentence in it. */
static void
assert_reader_shows (ChWindow *window,
                     ChEvent  *event)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_ch_reader_get_text_view (reader (window)));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert_false (_ch_reader_is_showing_empty (reader (window)));
  g_assert_true (ch_reader_get_event (reader (window)) == event);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (ch_event_get_evidence (event));
  g_assert_nonnull (strstr (text, ch_event_get_evidence (event)));
}

static void
select_row (ChWindow *window,
            guint     position)
{
  gtk_selection_model_select_item (ch_window_get_selection (window), position, TRUE);
}

static void
test_layout_reader_follows_selection (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.chancery.Chancery");
  ChApplication *app = NULL;
  ChWindow *window;
  g_autoptr(ChEvent) first = NULL;
  g_autoptr(ChEvent) other = NULL;
  GtkWidget *focus;
  int full_list, participants, place, source, pane, user_reader, user_list, wide_list, predicted;

  g_settings_set_int (settings, "window-width", 1400);
  g_settings_set_int (settings, "window-height", 900);
  g_settings_set_boolean (settings, "load-sample", TRUE);
  g_settings_reset (settings, "reader-width");
  g_settings_reset (settings, "sidebar-visible");

  window = ch_test_start_application (&app);
  g_assert_true (ch_test_pump_until (sample_loaded, window));

  /* No event selected: no reader, the list has the width beside the
   * filters, and the columns users read are wide enough to read. */
  g_assert_true (ch_test_pump_until (list_alone_settled, window));
  log_widths (window, "no selection");
  {
    int w, h;

    gtk_window_get_default_size (GTK_WINDOW (window), &w, &h);
    g_assert_cmpint (w, ==, 1400);
    g_assert_cmpint (h, ==, 900);
  }
  pane = gtk_widget_get_width (GTK_WIDGET (window->list_paned));
  full_list = list_width (window);
  g_assert_cmpint (full_list, >=, pane - 2);
  g_assert_cmpint (full_list, >=, 1050);
  participants = column_width (window, COLUMN_PARTICIPANTS);
  place = column_width (window, COLUMN_PLACE);
  source = column_width (window, COLUMN_SOURCE);
  g_assert_cmpint (participants, >=, 280);
  g_assert_cmpint (place, >=, 180);
  g_assert_cmpint (source, >=, 110);
  assert_all_columns (window);

  /* An event selected: the reader shows its article beside the list, a
   * third of the pane wide, and the names and places stay readable. */
  first = g_list_model_get_item (G_LIST_MODEL (ch_window_get_filter (window)), 0);
  select_row (window, 0);
  /* The columns are laid out for the list beside the reader at once,
   * not a frame after the reader showed. */
  predicted = columns_total (window);
  g_assert_cmpint (predicted, <, full_list);
  g_assert_true (ch_test_pump_until (reader_shown_changed, &(Wait) { window, full_list, -1 }));
  log_widths (window, "one event selected");
  g_assert_cmpint (ABS (predicted - list_width (window)), <=, 1);
  assert_reader_shows (window, first);
  g_assert_cmpint (reader_width (window), >=, 340);
  g_assert_cmpint (reader_width (window), <=, 560);
  g_assert_cmpint (list_width (window), >=, 600);
  g_assert_cmpint (column_width (window, COLUMN_PARTICIPANTS), >=, 150);
  g_assert_cmpint (column_width (window, COLUMN_PLACE), >=, 100);
  assert_all_columns (window);

  /* The user widens the reader, then presses Escape in it: the
   * selection clears, the reader closes, the keyboard focus is back in
   * the list, and the list has its whole width again. */
  {
    Wait wait = { window, -1, reader_width (window) };

    gtk_paned_set_position (window->list_paned, pane - 520);
    g_assert_true (ch_test_pump_until (reader_shown_changed, &wait));
  }
  user_reader = reader_width (window);
  log_widths (window, "the user's reader width");
  g_assert_cmpint (user_reader, >=, 515);
  g_assert_cmpint (user_reader, <=, 520);
  /* Too narrow for every column whole: the source (which the reader
   * names) and the confidence hide rather than show a cut title, and
   * the names get their room. */
  g_assert_false (column_visible (window, COLUMN_SOURCE));
  g_assert_false (column_visible (window, COLUMN_CONFIDENCE));
  g_assert_true (column_visible (window, COLUMN_TYPE));
  g_assert_true (column_visible (window, COLUMN_TOPICS));
  g_assert_cmpint (column_width (window, COLUMN_PARTICIPANTS), >=, 180);
  g_assert_cmpint (column_width (window, COLUMN_PLACE), >=, 100);
  user_list = list_width (window);
  gtk_widget_grab_focus (GTK_WIDGET (_ch_reader_get_text_view (reader (window))));
  g_assert_true (press_escape (window, GTK_WIDGET (_ch_reader_get_text_view (reader (window)))));
  g_assert_cmpint (ABS (columns_total (window) - full_list), <=, 1);
  g_assert_true (ch_test_pump_until (list_alone_changed, &(Wait) { window, user_list, -1 }));
  log_widths (window, "after Escape");
  g_assert_true (gtk_bitset_is_empty (gtk_selection_model_get_selection (ch_window_get_selection (window))));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == ch_window_get_column_view (window) ||
                 gtk_widget_is_ancestor (focus, ch_window_get_column_view (window)));
  g_assert_cmpint (list_width (window), ==, full_list);
  g_assert_cmpint (column_width (window, COLUMN_PARTICIPANTS), ==, participants);
  assert_all_columns (window);
  /* With nothing selected, Escape is left to others. */
  g_assert_false (press_escape (window, ch_window_get_column_view (window)));

  /* Another event, after the filters were hidden: the reader comes back
   * as wide as the user left it, the list has the room the filters
   * gave. */
  g_object_set (window, "sidebar-visible", FALSE, NULL);
  g_assert_true (ch_test_pump_until (list_alone_changed, &(Wait) { window, full_list, -1 }));
  wide_list = list_width (window);
  log_widths (window, "no filters, no selection");
  g_assert_cmpint (wide_list, >, full_list);
  other = g_list_model_get_item (G_LIST_MODEL (ch_window_get_filter (window)), 3);
  select_row (window, 3);
  predicted = columns_total (window);
  g_assert_true (ch_test_pump_until (reader_shown_changed, &(Wait) { window, wide_list, -1 }));
  g_assert_cmpint (ABS (predicted - list_width (window)), <=, 1);
  log_widths (window, "no filters, the user's reader width");
  assert_reader_shows (window, other);
  g_assert_cmpint (reader_width (window), ==, user_reader);
  g_assert_cmpint (list_width (window), >=, wide_list - user_reader - 2);

  /* The reader's width is kept for the next session. */
  g_object_set (window, "sidebar-visible", TRUE, NULL);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "reader-width"), >=, user_reader);
  g_assert_cmpint (g_settings_get_int (settings, "reader-width"), <=, user_reader + 2);

  window = ch_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  ch_window_restore_corpus (window);
  g_assert_true (ch_test_pump_until (sample_loaded, window));
  g_assert_true (ch_test_pump_until (list_alone_settled, window));
  g_assert_cmpint (list_width (window), ==, full_list);
  select_row (window, 0);
  g_assert_true (ch_test_pump_until (reader_shown_changed, &(Wait) { window, full_list, -1 }));
  log_widths (window, "next session");
  g_assert_cmpint (reader_width (window), ==, user_reader);

  /* The reader's close button does what Escape does. */
  {
    GtkWidget *close = find_close_button (GTK_WIDGET (reader (window)));
    int reader_list = list_width (window);

    g_assert_nonnull (close);
    g_assert_true (gtk_widget_get_mapped (close));
    gtk_widget_grab_focus (close);
    g_assert_true (gtk_widget_activate (close));
    g_assert_true (ch_test_pump_until (list_alone_changed, &(Wait) { window, reader_list, -1 }));
    g_assert_true (gtk_bitset_is_empty (gtk_selection_model_get_selection (ch_window_get_selection (window))));
    g_assert_cmpint (list_width (window), ==, full_list);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus == ch_window_get_column_view (window) ||
                   gtk_widget_is_ancestor (focus, ch_window_get_column_view (window)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "reader-width");
  g_object_unref (app);
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

  g_test_add_func ("/ui/window-layout/reader-follows-selection",
                   test_layout_reader_follows_selection);

  return g_test_run ();
}
