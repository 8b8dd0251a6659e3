/* ch-window.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ch-cell-label.h"
#include "ch-column-sorter.h"
#include "ch-event-row.h"
#include "ch-event-selection.h"
#include "ch-facet-list.h"
#include "ch-labels.h"
#include "ch-reader.h"
#include "ch-timeline.h"
#include "ch-window-private.h"
#include "ch-window-project.h"

/*
 * The explorer: facets on the left, the timeline on top, the event list
 * and the reader below. The data flows one way:
 *
 *   ChCorpus (all events) -> ChFilter (the matching events, sorted) ->
 *   ChEventSelection -> the column view, the timeline and the reader
 *
 * ChFilter is both the filter and the sorted model: at a million events a
 * GtkFilterListModel calling back per item and a GtkSortListModel
 * re-sorting on each change are too slow (see ch-filter.c). The one
 * ChEventSelection is shared by every view, so a selection made anywhere
 * shows everywhere; it keeps the list's row objects in place and the
 * selected events selected across a re-filter (see ch-event-selection.c).
 */

G_DEFINE_FINAL_TYPE (ChWindow, ch_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_DATE,
  COLUMN_TYPE,
  COLUMN_PARTICIPANTS,
  COLUMN_PLACE,
  COLUMN_TOPICS,
  COLUMN_SOURCE,
  COLUMN_CONFIDENCE,
  N_COLUMNS
} Column;

/* The list's width is shared out by layout_columns(): each column gets
 * at least its title and @min_chars characters of the list's font (the
 * Date column its longest date), and a @weight share of what is left.
 * Participants and places are what a user scans the list for: they get
 * the most. In a list too narrow for the minimums, the columns give way
 * in @squeeze order (1 first; 0 never): the least read hide (@squeeze up
 * to SQUEEZE_HIDES), since a column cut below its title tells nothing
 * (the reader beside the list names the source anyway); names and places
 * only shrink. */
static const struct {
  const char   *title;
  ChSortColumn  sort;
  int           min_chars;
  int           weight;
  int           squeeze;
} columns[N_COLUMNS] = {
  { N_("Date"), CH_SORT_DATE, 0, 0, 0 },
  { N_("Type"), CH_SORT_TYPE, 9, 2, 4 },
  { N_("Participants"), CH_SORT_PARTICIPANTS, 18, 7, 6 },
  { N_("Place"), CH_SORT_PLACE, 12, 4, 5 },
  { N_("Topics"), CH_SORT_TOPICS, 8, 2, 3 },
  { N_("Source"), CH_SORT_SOURCE, 8, 2, 1 },
  { N_("Confidence"), CH_SORT_CONFIDENCE, 4, 0, 2 },
};

/* A cell's padding left and right (Adwaita's and the high-contrast
 * style's), the last squeeze order that hides a column, and the fewest
 * characters a column that shrinks keeps. */
#define CELL_PADDING 12
#define SQUEEZE_HIDES 4
#define SQUEEZED_CHARS 3

/* Cells */

/* Shows a cell's whole text when it does not fit. */
static gboolean
on_cell_query_tooltip_cb (GtkWidget  *label,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  if (!ch_cell_label_is_ellipsized (CH_CELL_LABEL (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, ch_cell_label_get_text (CH_CELL_LABEL (label)));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = ch_cell_label_new ();

  ch_cell_label_set_xalign (CH_CELL_LABEL (label), column == COLUMN_CONFIDENCE ? 1.0 : 0.0);
  if (column == COLUMN_DATE || column == COLUMN_CONFIDENCE)
    {
      gtk_widget_add_css_class (label, "numeric");
      ch_cell_label_set_numeric (CH_CELL_LABEL (label), TRUE);
    }
  if (column == COLUMN_CONFIDENCE)
    gtk_widget_add_css_class (label, "confidence");
  if (column == COLUMN_SOURCE)
    gtk_widget_add_css_class (label, "dim-label");
  /* The tooltip is computed when asked for: setting one on every bind
   * costs a pointer query per cell. */
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
  g_object_set_data (G_OBJECT (label), "ch-column", GUINT_TO_POINTER (column));
  gtk_list_item_set_child (item, label);
}

static char *
format_place (ChEvent *event)
{
  const char *location = ch_event_get_location (event);
  const char *country = ch_event_get_location_country (event);

  if (location != NULL && location[0] != '\0' && country != NULL && country[0] != '\0')
    return g_strdup_printf ("%s, %s", location, ch_label_for_country (country));
  if (location != NULL && location[0] != '\0')
    return g_strdup (location);
  if (country != NULL && country[0] != '\0')
    return g_strdup (ch_label_for_country (country));
  return g_strdup ("");
}

/* The list shows dates as the user's locale writes them, as precise as
 * the event's date (ch_label_for_date()). */
static char *
format_event_date (const ChDay *day)
{
  char *text = ch_label_for_date (day);

  /* Translators: shown in the Date column for an event without a date */
  return text != NULL ? text : g_strdup (C_("date", "Unknown"));
}

static char *
format_cell (ChEvent *event,
             Column   column)
{
  switch (column)
    {
    case COLUMN_DATE:
      return format_event_date (ch_event_get_date (event));
    case COLUMN_TYPE:
      return g_strdup (ch_label_for_type (ch_event_get_event_type (event)));
    case COLUMN_PARTICIPANTS:
      {
        const char * const *people = ch_event_get_participants (event);

        if (people[0] == NULL)
          {
            g_autofree char *countries = ch_label_for_countries (ch_event_get_countries (event));
            return g_steal_pointer (&countries);
          }
        return g_strjoinv (", ", (char **) people);
      }
    case COLUMN_PLACE:
      return format_place (event);
    case COLUMN_TOPICS:
      return ch_label_for_topics (ch_event_get_topics (event));
    case COLUMN_SOURCE:
      {
        const char *title = ch_event_get_source_title (event);
        const char * const *sources = ch_event_get_sources (event);

        if (title != NULL && title[0] != '\0')
          return g_strdup (title);
        if (sources[0] != NULL)
          return g_path_get_basename (sources[0]);
        return g_strdup ("");
      }
    case COLUMN_CONFIDENCE:
      return g_strdup_printf ("%.2f", ch_event_get_confidence (event));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
set_cell_text (GtkWidget  *label,
               ChEventRow *row)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "ch-column"));
  ChEvent *event = ch_event_row_get_event (row);
  g_autofree char *text = event != NULL ? format_cell (event, column) : NULL;

  ch_cell_label_set_text (CH_CELL_LABEL (label), text);
}

/* The list's rows stay in place when the filter or the sort changes and
 * get other events (see ch-event-selection.c): a cell follows its row. */
static void
on_row_event_notify_cb (ChEventRow *row,
                        GParamSpec *pspec,
                        GtkWidget  *label)
{
  set_cell_text (label, row);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ChEventRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  set_cell_text (label, row);
  g_signal_connect_object (row, "notify::event", G_CALLBACK (on_row_event_notify_cb), label, 0);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  ChEventRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_event_notify_cb, label);
}

/* Status, selection */

static void
update_status (ChWindow *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autofree char *events = NULL;
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_selected;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_selected = (guint) gtk_bitset_get_size (selected);

  /* Translators: the first part of the status line, "12 of 340 events" */
  events = g_strdup_printf (ngettext ("%'u of %'u event", "%'u of %'u events", total), n, total);
  /* Translators: the status line, "12 of 340 events, 2 selected" */
  text = g_strdup_printf (ngettext ("%s, %'u selected", "%s, %'u selected", n_selected),
                          events, n_selected);
  gtk_label_set_text (self->status_label, text);

  if (total > 0)
    {
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("%'u event", "%'u events", total), total);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, NULL);

  gtk_stack_set_visible_child_name (self->stack, total > 0 || self->importing ? "events" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 || total == 0 ? "list" : "no-match");
  _ch_window_update_actions (self);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_VIEW (child))
        return child;
      if ((found = find_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

void
_ch_window_update_status (ChWindow *self)
{
  update_status (self);
}

/* The reader */

static void layout_columns_for_width (ChWindow *self,
                                      int       avail);

/* The list's width once the reader has gained or given up @change
 * pixels: its columns are laid out for it at once, in the frame that
 * shows or hides the reader, rather than on the frame after the list
 * got its new width. A reader drawing a long article for the first time
 * makes that frame slow, and the list's last columns would be out of
 * sight until the next one. The layout that follows the list's real
 * width (layout_columns()) corrects any pixel of difference. */
static void
layout_columns_for_reader (ChWindow *self,
                           int       change)
{
  int page;

  g_assert (CH_IS_WINDOW (self));

  if (self->list_hadjustment == NULL ||
      (page = (int) gtk_adjustment_get_page_size (self->list_hadjustment)) <= 0)
    return;
  /* A layout for the present width, pending, would undo this one. */
  if (self->layout_columns_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->layout_columns_tick_id);
      self->layout_columns_tick_id = 0;
    }
  layout_columns_for_width (self, page - change);
}

/* The reader's default width: a third of the list's pane, as wide as a
 * column of text reads well, and no wider, so that the list keeps its
 * columns readable beside it (layout_columns()). */
#define READER_DEFAULT_MIN 340
#define READER_DEFAULT_MAX 560

/* The width of the pane the list shares with the reader; before the
 * window is on screen, what it will be. */
static int
list_pane_width (ChWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->list_paned));
  int height;

  if (width <= 0)
    {
      /* GTK 4.8 writes both sizes. */
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (self->sidebar_visible)
        width -= gtk_paned_get_position (self->sidebar_paned);
    }
  return MAX (width, 0);
}

/* Keeps the width the reader has on screen, the user's if they moved the
 * divider, for the next time it shows and the next session. */
static void
remember_reader_width (ChWindow *self)
{
  int pane = gtk_widget_get_width (GTK_WIDGET (self->list_paned));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->reader_box)) || pane <= 0)
    return;
  self->reader_width = pane - gtk_paned_get_position (self->list_paned);
}

/*
 * The reader takes its share of the width only while it has an event to
 * show; with none, the list has the whole width for its columns.
 *
 * The divider is placed once, the first time the reader shows: after
 * that GtkPaned keeps the reader's width by itself, as the end child
 * that does not resize (resize-end-child is off in the .ui): whatever
 * the pane gained or lost while the reader was hidden goes to the list
 * when it shows again, so the reader comes back as wide as the user
 * left it.
 */
static void
set_reader_visible (ChWindow *self,
                    gboolean  visible)
{
  GtkWidget *box = GTK_WIDGET (self->reader_box);

  g_assert (CH_IS_WINDOW (self));

  if (gtk_widget_get_visible (box) == visible)
    return;

  if (!visible)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      remember_reader_width (self);
      /* The keyboard focus goes back to the list, not nowhere. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, box))
        gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
      gtk_widget_set_visible (box, FALSE);
      if (gtk_widget_get_mapped (GTK_WIDGET (self->list_paned)))
        layout_columns_for_reader (self, -self->reader_width);
      return;
    }

  if (!self->reader_placed)
    {
      int pane = list_pane_width (self);
      int width = self->reader_width > 0
                    ? self->reader_width
                    : CLAMP (pane / 3, READER_DEFAULT_MIN, READER_DEFAULT_MAX);

      gtk_paned_set_position (self->list_paned, MAX (pane - width, 0));
      self->reader_placed = TRUE;
      self->reader_width = width;
    }
  gtk_widget_set_visible (box, TRUE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_paned)))
    layout_columns_for_reader (self, self->reader_width);
}

static void
set_current_event (ChWindow *self,
                   ChEvent  *event)
{
  if (!g_set_object (&self->current_event, event))
    return;
  if (self->reader != NULL)
    g_object_set (self->reader, "event", event, NULL);
  set_reader_visible (self, event != NULL);
}

/* Closing the reader clears the selection, which it shows. Returns
 * whether there was anything to close. */
static gboolean
close_reader (ChWindow *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  g_assert (CH_IS_WINDOW (self));

  if (gtk_bitset_is_empty (selected) && self->current_event == NULL)
    return FALSE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  set_current_event (self, NULL);
  return TRUE;
}

/* Escape in the list or the reader closes the reader; with nothing
 * selected it is left to others. */
static gboolean
unselect_events_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  return close_reader (CH_WINDOW (user_data));
}

static void
on_reader_close_requested_cb (ChWindow *self,
                              ChReader *reader)
{
  close_reader (self);
}

static void
on_selection_changed_cb (ChWindow          *self,
                         guint              position,
                         guint              n_items,
                         GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  g_autoptr(ChEvent) event = NULL;

  /* The reader shows the first selected event; a selection that still
   * holds the shown one keeps it, so extending a selection does not jump. */
  if (self->current_event != NULL &&
      ch_event_selection_is_event_selected (self->selection, self->current_event))
    {
      update_status (self);
      return;
    }
  if (!gtk_bitset_is_empty (selected))
    event = g_list_model_get_item (G_LIST_MODEL (self->filter), gtk_bitset_get_minimum (selected));
  set_current_event (self, event);
  update_status (self);

  /* An event picked on the timeline comes into view in the list. */
  if (gtk_bitset_get_size (selected) == 1)
    {
      GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

      if (list_view != NULL)
        gtk_widget_activate_action (list_view, "list.scroll-to-item", "u",
                                    gtk_bitset_get_minimum (selected));
    }
}

static void
on_column_view_activate_cb (ChWindow      *self,
                            guint          position,
                            GtkColumnView *column_view)
{
  g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (self->filter), position);

  set_current_event (self, event);
}

static void
on_sorter_changed_cb (ChWindow  *self,
                      guint      change,
                      GtkSorter *sorter)
{
  gboolean descending = FALSE;
  ChSortColumn column;

  /* Columns going away while the window is disposed change the sorter too. */
  if (self->filter == NULL)
    return;

  column = ch_column_sorter_read_primary (sorter, &descending);
  ch_filter_set_sort (self->filter, column, descending);
}

/* Filters: chips, date entries, search */

static char *
format_date_key (guint32 key)
{
  guint y = key / 10000, m = key / 100 % 100, d = key % 100;

  if (key == 0)
    return g_strdup ("");
  if (m == 0)
    return g_strdup_printf ("%04u", y);
  if (d == 0)
    return g_strdup_printf ("%04u-%02u", y, m);
  return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
}

/* Reads a date entry. A "To" bound given as a year or a month means its
 * last day. Returns FALSE for text that is not a date. */
static gboolean
parse_date_entry (GtkEntry *entry,
                  gboolean  is_end,
                  guint32  *key)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  ChDay day = { 0 };

  if (text[0] == '\0')
    {
      *key = 0;
      return TRUE;
    }
  if (!ch_day_parse_iso (text, &day))
    return FALSE;

  if (is_end && day.month == 0)
    {
      day.month = 12;
      day.day = 31;
    }
  else if (is_end && day.day == 0)
    day.day = g_date_get_days_in_month (day.month, day.year);

  *key = ch_day_sort_key (&day);
  return TRUE;
}

static void
apply_date_entries (ChWindow *self)
{
  guint32 start = 0, end = 0;
  gboolean ok_start = parse_date_entry (self->date_from_entry, FALSE, &start);
  gboolean ok_end = parse_date_entry (self->date_to_entry, TRUE, &end);

  if (ok_start)
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_from_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_from_entry), "error");
  if (ok_end)
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_to_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_to_entry), "error");

  if (ok_start && ok_end)
    ch_filter_set_date_range (self->filter, start, end);
}

static void
on_date_entry_activate_cb (ChWindow *self,
                           GtkEntry *entry)
{
  apply_date_entries (self);
}

static void
on_date_entry_focus_leave_cb (ChWindow                *self,
                              GtkEventControllerFocus *focus)
{
  apply_date_entries (self);
}

static void
sync_date_entries (ChWindow *self)
{
  guint32 start, end;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  ch_filter_get_date_range (self->filter, &start, &end);
  from = format_date_key (start);
  to = format_date_key (end);

  /* Only rewrite an entry whose meaning differs, so typing is not undone. */
  {
    guint32 shown;

    if (!parse_date_entry (self->date_from_entry, FALSE, &shown) || shown != start)
      gtk_editable_set_text (GTK_EDITABLE (self->date_from_entry), from);
    if (!parse_date_entry (self->date_to_entry, TRUE, &shown) || shown != end)
      gtk_editable_set_text (GTK_EDITABLE (self->date_to_entry), to);
  }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_to_entry), "error");
}

static void
on_search_changed_cb (ChWindow       *self,
                      GtkSearchEntry *entry)
{
  ch_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

typedef struct
{
  ChFacet facet;
  guint   value_id;
  int     kind;   /* 0 facet value, 1 dates, 2 text */
} ChipData;

static void
on_chip_clicked_cb (GtkButton *button,
                    ChWindow  *self)
{
  ChipData *data = g_object_get_data (G_OBJECT (button), "chip");

  switch (data->kind)
    {
    case 0:
      ch_filter_set_selected (self->filter, data->facet, data->value_id, FALSE);
      break;
    case 1:
      ch_filter_set_date_range (self->filter, 0, 0);
      break;
    case 2:
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      ch_filter_set_text (self->filter, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_chip (ChWindow   *self,
          const char *text,
          ChipData   *data)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *icon = gtk_image_new_from_icon_name ("window-close-symbolic");
  g_autofree char *name = NULL;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "chip");
  gtk_widget_add_css_class (button, "flat");

  /* Translators: tooltip and accessible name of an active filter's chip */
  name = g_strdup_printf (_("Remove filter “%s”"), text);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  g_object_set_data_full (G_OBJECT (button), "chip", g_memdup2 (data, sizeof *data), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self);
  gtk_flow_box_append (self->chips_box, button);
}

static void
rebuild_chips (ChWindow *self)
{
  GtkWidget *child;
  guint32 start, end;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_flow_box_remove (self->chips_box, child);

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      guint n = 0;
      g_autofree guint *ids = ch_filter_dup_selected (self->filter, f, &n);

      for (guint i = 0; i < n; i++)
        {
          ChipData data = { f, ids[i], 0 };
          const char *value = ch_filter_get_value (self->filter, f, ids[i]);

          add_chip (self, ch_label_for_value (f, value), &data);
        }
    }

  ch_filter_get_date_range (self->filter, &start, &end);
  if (start != 0 || end != 0)
    {
      ChipData data = { 0, 0, 1 };
      g_autofree char *from = format_date_key (start);
      g_autofree char *to = format_date_key (end);
      g_autofree char *text = NULL;

      if (start != 0 && end != 0)
        text = g_strdup_printf ("%s – %s", from, to);
      else if (start != 0)
        /* Translators: a date filter with only a first day */
        text = g_strdup_printf (_("From %s"), from);
      else
        /* Translators: a date filter with only a last day */
        text = g_strdup_printf (_("Until %s"), to);
      add_chip (self, text, &data);
    }

  if (ch_filter_get_text (self->filter) != NULL)
    {
      ChipData data = { 0, 0, 2 };
      g_autofree char *text = g_strdup_printf ("“%s”", ch_filter_get_text (self->filter));

      add_chip (self, text, &data);
    }

  gtk_revealer_set_reveal_child (self->chips_revealer, ch_filter_is_active (self->filter));
}

static void
on_filter_changed_cb (ChWindow *self,
                      guint     change,
                      ChFilter *filter)
{
  rebuild_chips (self);
  sync_date_entries (self);
  update_status (self);
}

static void
on_filter_items_changed_cb (ChWindow   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *model)
{
  update_status (self);
}

/* Sidebar, settings */

static gboolean
get_sidebar_visible (ChWindow *self)
{
  return self->sidebar_visible;
}

static void
set_sidebar_visible (ChWindow *self,
                     gboolean  visible)
{
  visible = !!visible;
  if (self->sidebar_visible == visible)
    return;
  self->sidebar_visible = visible;
  if (self->sidebar != NULL)
    gtk_widget_set_visible (self->sidebar, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
restore_state (ChWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");
  int pos;

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_paned_set_position (self->sidebar_paned, g_settings_get_int (self->settings, "sidebar-width"));
  /* 0 lets the window choose. */
  pos = g_settings_get_int (self->settings, "pane-timeline-position");
  gtk_paned_set_position (self->timeline_paned, pos > 0 ? pos : CLAMP (height / 4 - 20, 120, 220));
  /* Placed when the reader first shows (set_reader_visible()). */
  self->reader_width = MAX (g_settings_get_int (self->settings, "reader-width"), 0);
}

static void
save_state (ChWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->sidebar_paned));
  g_settings_set_int (self->settings, "pane-timeline-position",
                      gtk_paned_get_position (self->timeline_paned));
  remember_reader_width (self);
  if (self->reader_width > 0)
    g_settings_set_int (self->settings, "reader-width", self->reader_width);
  g_settings_apply (self->settings);
}

static gboolean
ch_window_close_request (GtkWindow *window)
{
  ChWindow *self = CH_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  save_state (self);

  return GTK_WINDOW_CLASS (ch_window_parent_class)->close_request (window);
}

/* Construction */

/* Column widths */

/* The width a column's whole title asks for, sort arrow and padding
 * included. The header row is the column view's first child, with a
 * title per column, whose box holds the label and the arrow; the title
 * itself reports its column's width, and its label can ellipsize. */
static int
column_title_width (ChWindow *self,
                    guint     position)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GtkWidget *title = header != NULL ? gtk_widget_get_first_child (header) : NULL;
  GtkWidget *box;
  int natural = 0;

  for (guint i = 0; title != NULL && i < position; i++)
    title = gtk_widget_get_next_sibling (title);
  box = title != NULL ? gtk_widget_get_first_child (title) : NULL;
  if (box != NULL)
    gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural + CELL_PADDING;
}

/* What the Date column's texts depend on besides the font: the month
 * names (LC_TIME) and the translated date formats (LC_MESSAGES and
 * LANGUAGE). */
static char *
dup_date_locale (void)
{
  const char *time_locale = setlocale (LC_TIME, NULL);
  const char *messages_locale = setlocale (LC_MESSAGES, NULL);

  return g_strdup_printf ("%s|%s|%s", time_locale != NULL ? time_locale : "",
                          messages_locale != NULL ? messages_locale : "",
                          g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "");
}

/* The width of the longest day the Date column shows, as the locale
 * writes it ("28 Sept 2024"). Laying out twelve dates with Pango on every
 * change of the list's width would be wasted work while a pane is
 * dragged: the result is kept until the list's font (any change to its
 * Pango context bumps the context's serial: font, size, resolution, font
 * options, installed fonts) or the locale changes. */
static int
date_column_width (ChWindow *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  guint serial = pango_context_get_serial (context);
  g_autofree char *locale = dup_date_locale ();
  int widest = 0;

  g_assert (CH_IS_WINDOW (self));

  if (self->date_width > 0 && context == self->date_width_context &&
      serial == self->date_width_serial && g_strcmp0 (locale, self->date_width_locale) == 0)
    return self->date_width;

  for (guint8 month = 1; month <= 12; month++)
    {
      const ChDay day = { 2000, month, 28 };
      g_autofree char *text = ch_label_for_date (&day);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), text);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      int w;

      /* The cells' tabular figures */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  /* and a pixel or two for a cell's font being another size's */
  self->date_width = widest + CELL_PADDING + 2;
  /* The context belongs to the column view, which outlives the cache. */
  self->date_width_context = context;
  self->date_width_serial = pango_context_get_serial (context);
  g_free (self->date_width_locale);
  self->date_width_locale = g_steal_pointer (&locale);
  self->n_date_width_measures++;
  return self->date_width;
}

/* How many times the Date column's width was measured, for the tests. */
guint
_ch_window_get_n_date_width_measures (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), 0);

  return self->n_date_width_measures;
}

/*
 * The list fits its width: the columns show whole, none cut off at the
 * right edge for the user to scroll to, the long texts ellipsized with
 * the whole in a tooltip. Each column gets its minimum (its title, and
 * a few characters of the list's font, so that it follows the text
 * size), then a weighted share of what is left; in a list too narrow
 * for the minimums the least read hide one after another, then names
 * and places shrink down to a few characters, and only then does the
 * list scroll sideways. A column the user resized keeps its width, and
 * the others share the rest.
 */
static void
layout_columns_for_width (ChWindow *self,
                          int       avail)
{
  GListModel *list = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *column[N_COLUMNS];
  int min[N_COLUMNS], width[N_COLUMNS];
  gboolean user_sized[N_COLUMNS], hidden[N_COLUMNS] = { FALSE, };
  int char_w, total_min = 0, total_weight = 0, used = 0, widest = -1;
  PangoFontMetrics *metrics;

  if (self->laying_out_columns || g_list_model_get_n_items (list) != N_COLUMNS || avail <= 0)
    return;

  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self->column_view)),
                                       NULL, NULL);
  char_w = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                   pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      column[c] = g_list_model_get_item (list, c);
      user_sized[c] = g_object_get_data (G_OBJECT (column[c]), "ch-user-width") != NULL;
      if (user_sized[c])
        {
          avail -= gtk_column_view_column_get_fixed_width (column[c]);
          continue;
        }
      min[c] = MAX (column_title_width (self, c),
                    c == COLUMN_DATE ? date_column_width (self)
                                     : columns[c].min_chars * char_w + CELL_PADDING);
      total_min += min[c];
      total_weight += columns[c].weight;
      if (widest < 0 || columns[c].weight > columns[widest].weight)
        widest = c;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (user_sized[c])
        continue;
      if (avail >= total_min)
        width[c] = min[c] + (total_weight > 0 ? (avail - total_min) * columns[c].weight / total_weight : 0);
      else
        width[c] = min[c];
    }

  /* Too narrow: the columns give way in their squeeze order, the least
   * read hidden whole, names and places down to a few characters; dates
   * stay whole. */
  for (int order = 1, lack = total_min - avail; lack > 0 && order < N_COLUMNS; order++)
    for (guint c = 0; c < N_COLUMNS && lack > 0; c++)
      {
        int give;

        if (user_sized[c] || columns[c].squeeze != order)
          continue;
        if (order <= SQUEEZE_HIDES)
          {
            hidden[c] = TRUE;
            give = width[c];
          }
        else
          give = MIN (lack, MAX (width[c] - (SQUEEZED_CHARS * char_w + CELL_PADDING), 0));
        width[c] -= give;
        lack -= give;
      }

  for (guint c = 0; c < N_COLUMNS; c++)
    if (!user_sized[c])
      used += width[c];
  /* What the divisions or a hidden column left over goes to the widest
   * share. */
  if (widest >= 0 && used < avail)
    width[widest] += avail - used;

  self->laying_out_columns = TRUE;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (!user_sized[c])
        gtk_column_view_column_set_fixed_width (column[c], width[c]);
      gtk_column_view_column_set_visible (column[c], !hidden[c]);
      g_object_unref (column[c]);
    }
  self->laying_out_columns = FALSE;
}

static void
layout_columns (ChWindow *self)
{
  if (self->list_hadjustment != NULL)
    layout_columns_for_width (self, (int) gtk_adjustment_get_page_size (self->list_hadjustment));
}

/* A width set by dragging a column's edge is the user's: it stays. */
/*
 * The columns fit the list (layout_columns()), except for the frame
 * between the list getting narrower and the columns following it. A
 * horizontal scroll bar would show for that one frame, and GTK 4.8 shows
 * it from within the layout, which leaves the window's contents without
 * an allocation for that frame ("Trying to snapshot … without a current
 * allocation"). So the list has no scroll bar of its own until the user
 * sizes a column: then the columns may be wider than the list, and the
 * bar is how to reach the rest.
 */
static void
update_list_scroll_bar (ChWindow *self)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->column_view));
  GListModel *list = gtk_column_view_get_columns (self->column_view);
  gboolean user_sized = FALSE;

  g_assert (CH_IS_WINDOW (self));

  if (!GTK_IS_SCROLLED_WINDOW (scroller))
    return;
  for (guint c = 0; c < g_list_model_get_n_items (list) && !user_sized; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (list, c);

      user_sized = g_object_get_data (G_OBJECT (column), "ch-user-width") != NULL;
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  user_sized ? GTK_POLICY_AUTOMATIC : GTK_POLICY_EXTERNAL,
                                  GTK_POLICY_AUTOMATIC);
}

static void
on_column_fixed_width_notify_cb (ChWindow            *self,
                                 GParamSpec          *pspec,
                                 GtkColumnViewColumn *column)
{
  if (self->laying_out_columns)
    return;
  g_object_set_data (G_OBJECT (column), "ch-user-width",
                     GINT_TO_POINTER (gtk_column_view_column_get_fixed_width (column) >= 0));
  update_list_scroll_bar (self);
  layout_columns (self);
}

static gboolean
layout_columns_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  ChWindow *self = CH_WINDOW (user_data);

  self->layout_columns_tick_id = 0;
  layout_columns (self);
  return G_SOURCE_REMOVE;
}

/* The list's width changes while it is being allocated, when a width
 * set now would resize rows already placed: the columns follow on the
 * next frame, before it is laid out. */
static void
on_list_width_changed_cb (ChWindow *self)
{
  if (self->layout_columns_tick_id == 0)
    self->layout_columns_tick_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), layout_columns_tick_cb, self, NULL);
}

static void
on_list_hadjustment_notify_cb (ChWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  if (adjustment == self->list_hadjustment)
    return;
  if (self->list_hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->list_hadjustment, on_list_width_changed_cb, self);
  g_set_object (&self->list_hadjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_list_width_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
create_columns (ChWindow *self)
{
  GtkColumnViewColumn *date_column = NULL;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = ch_column_sorter_new (columns[c].sort);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(columns[c].title), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* Until layout_columns() first runs, and for its rounding. */
      gtk_column_view_column_set_expand (column, c == COLUMN_PARTICIPANTS);
      gtk_column_view_append_column (self->column_view, column);
      g_signal_connect_object (column, "notify::fixed-width",
                               G_CALLBACK (on_column_fixed_width_notify_cb), self, G_CONNECT_SWAPPED);
      if (c == COLUMN_DATE)
        date_column = column;
    }

  /* The scrolled window gives the column view its adjustment, whose page
   * is the list's visible width. */
  g_signal_connect_object (self->column_view, "notify::hadjustment",
                           G_CALLBACK (on_list_hadjustment_notify_cb), self, G_CONNECT_SWAPPED);
  on_list_hadjustment_notify_cb (self);

  update_list_scroll_bar (self);

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_ASCENDING);
}

static void
create_facets (ChWindow *self)
{
  /* The order the design lists them in, after the dates. */
  static const ChFacet order[] = {
    CH_FACET_COUNTRY, CH_FACET_PARTICIPANT, CH_FACET_ORGANIZATION,
    CH_FACET_TOPIC, CH_FACET_TYPE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      GtkWidget *list = ch_facet_list_new (self->filter, order[i]);

      self->facet_lists[order[i]] = list;
      gtk_box_append (self->facets_box, list);
    }
}

static void
create_timeline (ChWindow *self)
{
  GtkWidget *overlay, *fit;

  self->timeline = ch_timeline_new ();
  gtk_widget_set_vexpand (self->timeline, TRUE);
  gtk_widget_set_hexpand (self->timeline, TRUE);
  ch_timeline_set_model (CH_TIMELINE (self->timeline), G_LIST_MODEL (self->filter));
  ch_timeline_set_selection (CH_TIMELINE (self->timeline), GTK_SELECTION_MODEL (self->selection));

  /* "Fit All" sits in the timeline's header row, in the corner above the
   * lane names (on the right in a right-to-left language, as the names
   * are): the one place where the timeline draws nothing, so it hides no
   * mark, lane name or tick label. It shows every event that passes the
   * filters (Home does the same). */
  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->timeline);
  fit = gtk_button_new_from_icon_name ("zoom-fit-best-symbolic");
  gtk_widget_set_tooltip_text (fit, _("Fit All Events (Home)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (fit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Fit All Events"),
                                  -1);
  gtk_widget_set_halign (fit, GTK_ALIGN_START);
  gtk_widget_set_valign (fit, GTK_ALIGN_START);
  gtk_widget_set_margin_start (fit, 6);
  gtk_widget_set_margin_top (fit, 2);
  gtk_widget_add_css_class (fit, "flat");
  gtk_widget_add_css_class (fit, "timeline-fit");
  gtk_widget_set_name (fit, "timeline-fit-button");
  g_signal_connect_object (fit, "clicked", G_CALLBACK (ch_timeline_zoom_to_fit),
                           self->timeline, G_CONNECT_SWAPPED);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), fit);
  gtk_box_append (self->timeline_box, overlay);

  /* The brushed range is the filter's date range, and the date entries
   * follow the filter. */
  g_object_bind_property (self->filter, "range-start", self->timeline, "range-start",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->filter, "range-end", self->timeline, "range-end",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/* Selects @event alone and brings it into view in the list; when the
 * filters hide it, they are cleared first. */
static void
select_event (ChWindow *self,
              ChEvent  *event)
{
  guint position = ch_filter_find_event (self->filter, event);
  GtkWidget *list_view;

  if (position == G_MAXUINT)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      ch_filter_clear (self->filter);
      position = ch_filter_find_event (self->filter, event);
      if (position == G_MAXUINT)
        return;
    }

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  set_current_event (self, event);

  /* GTK 4.8 has no gtk_column_view_scroll_to(); the list view inside the
   * column view has an action for it. */
  list_view = find_list_view (GTK_WIDGET (self->column_view));
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

static void
on_reader_event_activated_cb (ChWindow *self,
                              ChEvent  *event,
                              ChReader *reader)
{
  select_event (self, event);
}

static ChFacet
facet_for_entity_kind (ChEntityKind kind)
{
  switch (kind)
    {
    case CH_ENTITY_PERSON:
      return CH_FACET_PARTICIPANT;
    case CH_ENTITY_COUNTRY:
      return CH_FACET_COUNTRY;
    case CH_ENTITY_ORGANIZATION:
      return CH_FACET_ORGANIZATION;
    case CH_ENTITY_TOPIC:
      return CH_FACET_TOPIC;
    case CH_ENTITY_CITY:
    case CH_ENTITY_DATE:
    case CH_ENTITY_VENUE:
    case CH_ENTITY_INSTITUTION:
    case CH_ENTITY_ROLE:
    default:
      return CH_N_FACETS;
    }
}

/* A click on an entity in the reader filters by it: by its facet value
 * when it has one, by its date, else by its words. */
static void
on_reader_entity_activated_cb (ChWindow   *self,
                               guint       kind,
                               const char *value,
                               ChReader   *reader)
{
  ChFacet facet = facet_for_entity_kind (kind);
  ChDay day = { 0 };

  if (value == NULL || value[0] == '\0')
    return;

  if (facet != CH_N_FACETS)
    {
      guint id = ch_filter_lookup_value (self->filter, facet, value);

      if (id != CH_FILTER_NO_VALUE)
        {
          ch_filter_set_selected (self->filter, facet, id, TRUE);
          return;
        }
    }

  if (kind == CH_ENTITY_DATE && ch_day_parse_iso (value, &day))
    {
      ChDay last = day;

      if (last.month == 0)
        {
          last.month = 12;
          last.day = 31;
        }
      else if (last.day == 0)
        last.day = g_date_get_days_in_month (last.month, last.year);
      ch_filter_set_date_range (self->filter, ch_day_sort_key (&day), ch_day_sort_key (&last));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), value);
  ch_filter_set_text (self->filter, value);
}

/* The event the reader showed, found again among the events that a new
 * consolidation made: the same sentence of the same document. */
static ChEvent *
find_same_event (ChWindow   *self,
                 ChDocument *document,
                 guint       evidence_start,
                 guint       evidence_end)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  ChEvent *nearest = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (self->corpus), i);

      if (ch_event_get_document (event) != document)
        continue;
      if (ch_event_get_evidence_start (event) == evidence_start &&
          ch_event_get_evidence_end (event) == evidence_end)
        {
          g_clear_object (&nearest);
          return g_steal_pointer (&event);
        }
      if (nearest == NULL)
        nearest = g_steal_pointer (&event);
    }
  return nearest;
}

typedef struct
{
  ChWindow   *window;
  ChDocument *document;
  char       *spelling;
  guint       evidence_start;
  guint       evidence_end;
  gboolean    separate;
} SpellingChange;

static void
spelling_change_free (SpellingChange *change)
{
  g_object_unref (change->window);
  g_clear_object (&change->document);
  g_free (change->spelling);
  g_free (change);
}

static void
spelling_changed_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SpellingChange *change = user_data;
  ChWindow *self = change->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChEvent) again = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Cancelled when the window closed (its corpus is gone then), or
   * replaced by a later change or an import, which consolidate with this
   * split too. */
  if (!ch_corpus_reconsolidate_finish (CH_CORPUS (object), result, &error) || self->corpus == NULL)
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not consolidate the events again: %s", error->message);
      if (self->corpus != NULL)
        {
          self->reconsolidating--;
          _ch_window_update_actions (self);
        }
      spelling_change_free (change);
      return;
    }

  self->reconsolidating--;
  _ch_window_update_actions (self);

  if (change->document != NULL &&
      (again = find_same_event (self, change->document, change->evidence_start,
                                change->evidence_end)) != NULL)
    select_event (self, again);

  if (change->separate)
    /* Translators: a toast after the user separated a spelling of a name */
    title = g_strdup_printf (_("“%s” is now a person of its own"), change->spelling);
  else
    /* Translators: a toast after the user merged a spelling back */
    title = g_strdup_printf (_("“%s” is merged again"), change->spelling);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  spelling_change_free (change);
}

/* Separating a spelling (or merging it back) changes who is who in every
 * event, so the corpus consolidates again and replaces its events; the
 * shown event is then selected again under its new identity. Consolidating
 * 10,000 events takes seconds, so it runs in a worker thread, and the
 * spelling actions wait for it. */
static void
change_spelling (ChWindow   *self,
                 const char *spelling,
                 gboolean    separate)
{
  ChAliases *aliases = ch_corpus_get_aliases (self->corpus);
  g_auto(GStrv) current = NULL;
  g_autoptr(GPtrArray) splits = NULL;
  SpellingChange *change;

  g_assert (CH_IS_WINDOW (self));

  /* An import consolidates in the background; wait for it. */
  if (self->importing || self->reconsolidating > 0 || spelling == NULL || *spelling == '\0')
    return;

  change = g_new0 (SpellingChange, 1);
  change->window = g_object_ref (self);
  change->spelling = g_strdup (spelling);
  change->separate = separate;
  if (self->current_event != NULL && ch_event_get_document (self->current_event) != NULL)
    {
      change->document = g_object_ref (ch_event_get_document (self->current_event));
      change->evidence_start = ch_event_get_evidence_start (self->current_event);
      change->evidence_end = ch_event_get_evidence_end (self->current_event);
    }

  /* The aliases change with the events, once the worker is done: a split
   * reclusters every name, which would take the main thread as long. */
  current = ch_aliases_dup_splits (aliases);
  splits = g_ptr_array_new ();
  for (guint i = 0; current[i] != NULL; i++)
    if (strcmp (current[i], spelling) != 0)
      g_ptr_array_add (splits, current[i]);
  if (separate)
    g_ptr_array_add (splits, (char *) spelling);
  g_ptr_array_add (splits, NULL);

  self->reconsolidating++;
  _ch_window_update_actions (self);
  ch_corpus_reconsolidate_async (self->corpus, (const char * const *) splits->pdata,
                                 self->cancellable, spelling_changed_cb, change);
}

static void
on_reader_separate_spelling_cb (ChWindow   *self,
                                const char *spelling,
                                ChReader   *reader)
{
  change_spelling (self, spelling, TRUE);
}

static void
on_reader_merge_spelling_cb (ChWindow   *self,
                             const char *spelling,
                             ChReader   *reader)
{
  change_spelling (self, spelling, FALSE);
}

static void
merge_spelling_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  change_spelling (CH_WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

/* The primary menu lists the separated spellings, so that one can be
 * merged again without finding an event that names it. */
static void
update_splits_menu (ChWindow *self)
{
  g_auto(GStrv) splits = ch_aliases_dup_splits (ch_corpus_get_aliases (self->corpus));
  g_autoptr(GMenu) submenu = NULL;

  g_menu_remove_all (self->splits_section);
  if (splits[0] == NULL)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; splits[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (splits[i], NULL);

      g_menu_item_set_action_and_target (item, "win.merge-spelling", "s", splits[i]);
      g_menu_append_item (submenu, item);
    }
  g_menu_append_submenu (self->splits_section, _("_Merge Separated Spellings"),
                         G_MENU_MODEL (submenu));
}

static void
on_corpus_items_changed_cb (ChWindow   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *corpus)
{
  update_splits_menu (self);
}

static void
create_splits_menu (ChWindow *self)
{
  GMenuModel *primary = gtk_menu_button_get_menu_model (self->primary_menu_button);
  int n;

  self->splits_section = g_menu_new ();
  g_return_if_fail (G_IS_MENU (primary));

  /* Before the last section (shortcuts and about). */
  n = g_menu_model_get_n_items (primary);
  g_menu_insert_section (G_MENU (primary), MAX (n - 1, 0), NULL, G_MENU_MODEL (self->splits_section));
  g_signal_connect_object (self->corpus, "items-changed",
                           G_CALLBACK (on_corpus_items_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
create_reader (ChWindow *self)
{
  self->reader = ch_reader_new ();
  gtk_widget_set_vexpand (self->reader, TRUE);
  gtk_widget_set_hexpand (self->reader, TRUE);
  ch_reader_set_model (CH_READER (self->reader), G_LIST_MODEL (self->corpus));
  /* The corpus keeps one ChAliases for its whole life and rebuilds it in
   * place, so the reader can hold it once. */
  ch_reader_set_aliases (CH_READER (self->reader), ch_corpus_get_aliases (self->corpus));
  gtk_box_append (self->reader_box, self->reader);

  g_signal_connect_object (self->reader, "event-activated",
                           G_CALLBACK (on_reader_event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "entity-activated",
                           G_CALLBACK (on_reader_entity_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "separate-spelling",
                           G_CALLBACK (on_reader_separate_spelling_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "merge-spelling",
                           G_CALLBACK (on_reader_merge_spelling_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "close-requested",
                           G_CALLBACK (on_reader_close_requested_cb), self, G_CONNECT_SWAPPED);
}

/* AdwSplitButton 1.2 names its arrow only with a tooltip; screen readers
 * get the type name. Name the arrow (a menu button with a toggle button
 * inside) the way its tooltip does. */
static void
label_split_button_arrow (GtkWidget  *widget,
                          const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child) || GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      label_split_button_arrow (child, label);
    }
}

static void
label_widgets (ChWindow *self)
{
  /* Icon-only buttons and entries get a name screen readers can say. */
  struct { gpointer widget; const char *label; } names[] = {
    { self->sidebar_button, _("Show Filters") },
    { self->primary_menu_button, _("Main Menu") },
    { self->cancel_button, _("Cancel Import") },
    { self->failures_close_button, _("Dismiss") },
    { self->search_entry, _("Search events") },
    { self->date_from_entry, _("First day") },
    { self->date_to_entry, _("Last day") },
    { self->column_view, _("Events") },
    { self->progress_bar, _("Import progress") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (names[i].widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, names[i].label, -1);
  label_split_button_arrow (GTK_WIDGET (self->open_button), _("More Ways to Open"));
}

static void
ch_window_constructed (GObject *object)
{
  ChWindow *self = (ChWindow *) object;
  g_autoptr(GAction) lanes = NULL;
  GtkEventController *focus;

  G_OBJECT_CLASS (ch_window_parent_class)->constructed (object);

  restore_state (self);
  g_settings_bind (self->settings, "sidebar-visible", self, "sidebar-visible",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "timeline-lanes", self->timeline, "lane-mode",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "reader-hidden-kinds", self->reader, "hidden-kinds",
                   G_SETTINGS_BIND_DEFAULT);
  lanes = g_settings_create_action (self->settings, "timeline-lanes");
  g_action_map_add_action (G_ACTION_MAP (self), lanes);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_entry_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->date_from_entry), focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_date_entry_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->date_to_entry), focus);

  _ch_window_setup_drop (self);
  update_status (self);
}

static void
ch_window_dispose (GObject *object)
{
  ChWindow *self = (ChWindow *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->import_pulse_id, g_source_remove);
  if (self->list_hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->list_hadjustment, on_list_width_changed_cb, self);
  g_clear_object (&self->list_hadjustment);
  if (self->layout_columns_tick_id != 0 && self->column_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->layout_columns_tick_id);
  self->layout_columns_tick_id = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_WINDOW);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->current_event);
  g_clear_object (&self->splits_section);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending_export_path, g_free);
  g_clear_pointer (&self->date_width_locale, g_free);
  self->date_width_context = NULL;

  G_OBJECT_CLASS (ch_window_parent_class)->dispose (object);
}

static void
ch_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChWindow *self = CH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, get_sidebar_visible (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ChWindow *self = CH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_window_class_init (ChWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ch_window_constructed;
  object_class->dispose = ch_window_dispose;
  object_class->get_property = ch_window_get_property;
  object_class->set_property = ch_window_set_property;
  window_class->close_request = ch_window_close_request;

  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ch-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, failures_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, failures_label);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, failures_details_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, failures_close_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, failures_list);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, sidebar_paned);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, facets_box);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, date_from_entry);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, date_to_entry);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, timeline_paned);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, list_paned);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, chips_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, reader_box);

  gtk_widget_class_install_action (widget_class, "win.merge-spelling", "s", merge_spelling_action);

  _ch_window_class_actions_init (widget_class);
  _ch_window_class_import_init (widget_class);
  _ch_window_class_project_init (widget_class);
}

static void
ch_window_init (ChWindow *self)
{
  self->sidebar_visible = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.chancery.Chancery");
  self->cancellable = g_cancellable_new ();
  self->corpus = ch_corpus_new ();
  self->filter = ch_filter_new (self->corpus);
  self->selection = ch_event_selection_new (self->filter);

  create_columns (self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  create_facets (self);
  create_timeline (self);
  create_reader (self);
  create_splits_menu (self);
  label_widgets (self);

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_column_view_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed",
                           G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "items-changed",
                           G_CALLBACK (on_filter_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_from_entry, "activate",
                           G_CALLBACK (on_date_entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_to_entry, "activate",
                           G_CALLBACK (on_date_entry_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  /* Escape in the list or the reader (the timeline's own Escape clears
   * its date range). */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_callback_action_new (unselect_events_cb,
                                                                                     self, NULL)));
    gtk_widget_add_controller (GTK_WIDGET (self->list_paned), shortcuts);
  }

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* Public API */

ChWindow *
ch_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (CH_TYPE_WINDOW, "application", application, NULL);
}

/**
 * ch_window_get_corpus:
 *
 * Returns: (transfer none): the corpus the window shows
 */
ChCorpus *
ch_window_get_corpus (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return self->corpus;
}

/**
 * ch_window_get_filter:
 *
 * Returns: (transfer none): the filter, which is also the list's model
 */
ChFilter *
ch_window_get_filter (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return self->filter;
}

/**
 * ch_window_get_selection:
 *
 * Returns: (transfer none): the selection every view shares
 */
GtkSelectionModel *
ch_window_get_selection (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * ch_window_get_facet_list:
 *
 * Returns: (transfer none): the sidebar's list for @facet
 */
GtkWidget *
ch_window_get_facet_list (ChWindow *self,
                          ChFacet   facet)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (facet < CH_N_FACETS, NULL);
  return self->facet_lists[facet];
}

/**
 * ch_window_get_search_entry:
 *
 * Returns: (transfer none): the free-text search entry
 */
GtkWidget *
ch_window_get_search_entry (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

/**
 * ch_window_get_column_view:
 *
 * Returns: (transfer none): the event list
 */
GtkWidget *
ch_window_get_column_view (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->column_view);
}

const char *
ch_window_get_status_text (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->status_label);
}
