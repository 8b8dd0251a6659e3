/* ch-event-selection.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-event-selection"

#include "config.h"

#include <string.h>

#include "ch-event-row.h"
#include "ch-event-selection.h"

/*
 * The model of the event list and the selection that the list, the
 * timeline and the reader share.
 *
 * Its items are ChEventRow objects that stay where they are. When the
 * filter or the sort changes, the rows GTK holds get the events now at
 * their positions (notify::event, which the cells follow) and
 * items-changed only reports the difference in count, at the end. A list
 * view told instead that every item was replaced (GTK 4.8) destroys its
 * two hundred live rows and builds them again, which at a million events
 * took ten times longer than the filter.
 *
 * Positions are the filter's: the n-th row shows ChFilter's n-th event, so
 * the timeline, which draws the filter itself, reads the same positions.
 *
 * The selection is kept as a set of events (their corpus positions), not
 * of list positions: it survives a re-filter or a re-sort. An event that
 * the filter hides leaves the selection, so that what is counted, exported
 * and highlighted is always what can be seen. For the views the selected
 * list positions are kept in a GtkBitset, rebuilt after each change.
 */

struct _ChEventSelection
{
  GObject     parent_instance;

  ChFilter   *filter;
  guint       n_items;      /* as last announced */

  /* list position -> ChEventRow, for the rows somebody holds; a row stays
   * at its position for its whole life */
  GHashTable *rows;

  /* The selection: a bit per corpus position, only for events that pass
   * the filter. */
  guint64    *selected;
  guint       n_corpus;
  guint       n_selected;
  GtkBitset  *visible;      /* the selected list positions */
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChEventSelection, ch_event_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark row_position_quark;

/* Selected corpus positions */

static inline gboolean
corpus_bit (ChEventSelection *self,
            guint             corpus_position)
{
  return (self->selected[corpus_position >> 6] >> (corpus_position & 63)) & 1;
}

/* Returns whether the bit changed. */
static inline gboolean
set_corpus_bit (ChEventSelection *self,
                guint             corpus_position,
                gboolean          value)
{
  guint64 mask = G_GUINT64_CONSTANT (1) << (corpus_position & 63);
  guint64 *word = &self->selected[corpus_position >> 6];

  if (!!(*word & mask) == !!value)
    return FALSE;
  if (value)
    {
      *word |= mask;
      self->n_selected++;
    }
  else
    {
      *word &= ~mask;
      self->n_selected--;
    }
  return TRUE;
}

static void
clear_corpus_bits (ChEventSelection *self)
{
  memset (self->selected, 0, MAX ((self->n_corpus + 63) / 64, 1) * sizeof (guint64));
  self->n_selected = 0;
}

/* Rebuilds the selected list positions from the selected events: one pass
 * over the list, only when something is selected. */
static void
rebuild_visible (ChEventSelection *self)
{
  guint run_start = 0;
  gboolean in_run = FALSE;

  gtk_bitset_remove_all (self->visible);
  if (self->n_selected == 0)
    return;

  for (guint i = 0; i < self->n_items; i++)
    {
      gboolean sel = corpus_bit (self, ch_filter_get_corpus_position (self->filter, i));

      if (sel && !in_run)
        {
          run_start = i;
          in_run = TRUE;
        }
      else if (!sel && in_run)
        {
          gtk_bitset_add_range (self->visible, run_start, i - run_start);
          in_run = FALSE;
        }
    }
  if (in_run)
    gtk_bitset_add_range (self->visible, run_start, self->n_items - run_start);
}

/* Drops the selected events that the filter now hides. */
static void
drop_hidden (ChEventSelection *self)
{
  guint n_words = (self->n_corpus + 63) / 64;

  if (self->n_selected == 0)
    return;

  for (guint w = 0; w < n_words; w++)
    {
      guint64 word = self->selected[w];

      while (word != 0)
        {
          guint p = w * 64 + (guint) __builtin_ctzll (word);

          word &= word - 1;
          if (!ch_filter_matches (self->filter, p))
            set_corpus_bit (self, p, FALSE);
        }
    }
}

/* Rows */

static void
row_finalized_cb (gpointer  data,
                  GObject  *where_the_object_was)
{
  ChEventSelection *self = data;
  gpointer key = g_object_get_qdata (where_the_object_was, row_position_quark);

  /* Only the row still registered there: a detached row is not. */
  if (g_hash_table_lookup (self->rows, key) == (gpointer) where_the_object_was)
    g_hash_table_remove (self->rows, key);
}

static gboolean
detach_row_cb (gpointer key,
               gpointer value,
               gpointer data)
{
  g_object_weak_unref (G_OBJECT (value), row_finalized_cb, data);
  return TRUE;
}

typedef struct
{
  ChEventSelection *self;
  guint             n;
} RefreshData;

static gboolean
refresh_row_cb (gpointer key,
                gpointer value,
                gpointer data)
{
  RefreshData *rd = data;
  guint position = GPOINTER_TO_UINT (key) - 1;
  g_autoptr(ChEvent) event = NULL;

  if (position >= rd->n)
    {
      /* Gone from the end of the list; the view lets go of it. */
      g_object_weak_unref (G_OBJECT (value), row_finalized_cb, rd->self);
      return TRUE;
    }

  event = g_list_model_get_item (G_LIST_MODEL (rd->self->filter), position);
  ch_event_row_set_event (value, event);
  return FALSE;
}

/* The filter's events changed (a re-filter, a re-sort or a new corpus). */
static void
on_filter_items_changed_cb (ChEventSelection *self,
                            guint             position,
                            guint             removed,
                            guint             added,
                            GListModel       *filter)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (filter);
  guint common = MIN (old_n, new_n);
  RefreshData rd = { self, new_n };
  gboolean had_selection = !gtk_bitset_is_empty (self->visible);
  guint old_first = had_selection ? gtk_bitset_get_minimum (self->visible) : 0;
  guint old_last = had_selection ? gtk_bitset_get_maximum (self->visible) : 0;

  /* The rows first: set_event() only notifies rows whose event changed. */
  g_hash_table_foreach_remove (self->rows, refresh_row_cb, &rd);

  self->n_items = new_n;
  drop_hidden (self);
  rebuild_visible (self);

  if (old_n != new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), common, old_n - common, new_n - common);

  /* The selected events may sit at other positions now; the rows between
   * the first and the last selected position, before or after, may show
   * another state. */
  if (had_selection || !gtk_bitset_is_empty (self->visible))
    {
      guint first = G_MAXUINT, last = 0;

      if (had_selection)
        {
          first = old_first;
          last = old_last;
        }
      if (!gtk_bitset_is_empty (self->visible))
        {
          first = MIN (first, gtk_bitset_get_minimum (self->visible));
          last = MAX (last, gtk_bitset_get_maximum (self->visible));
        }
      last = MIN (last, common > 0 ? common - 1 : 0);
      if (common > 0 && first <= last)
        gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), first, last - first + 1);
      else if (had_selection && new_n > 0)
        gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), 0, MIN (new_n, 1));
    }
}

/* The corpus changed: its positions moved as the change says. */
static void
on_filter_index_changed_cb (ChEventSelection *self,
                            guint             position,
                            guint             removed,
                            guint             added,
                            ChFilter         *filter)
{
  guint n_corpus = g_list_model_get_n_items (G_LIST_MODEL (ch_filter_get_corpus (filter)));
  g_autofree guint64 *old = g_steal_pointer (&self->selected);
  guint old_n_corpus = self->n_corpus;

  self->n_corpus = n_corpus;
  self->selected = g_new0 (guint64, MAX ((n_corpus + 63) / 64, 1));
  self->n_selected = 0;

  /* Kept: the events before the change, and those after it, shifted. */
  for (guint w = 0; w < (old_n_corpus + 63) / 64; w++)
    {
      guint64 word = old[w];

      while (word != 0)
        {
          guint p = w * 64 + (guint) __builtin_ctzll (word);

          word &= word - 1;
          if (p < position)
            set_corpus_bit (self, p, TRUE);
          else if (p >= position + removed && p - removed + added < n_corpus)
            set_corpus_bit (self, p - removed + added, TRUE);
        }
    }
}

/* GListModel */

static GType
ch_event_selection_get_item_type (GListModel *model)
{
  return CH_TYPE_EVENT_ROW;
}

static guint
ch_event_selection_get_n_items (GListModel *model)
{
  return CH_EVENT_SELECTION (model)->n_items;
}

static gpointer
ch_event_selection_get_item (GListModel *model,
                             guint       position)
{
  ChEventSelection *self = CH_EVENT_SELECTION (model);
  gpointer key = GUINT_TO_POINTER (position + 1);
  g_autoptr(ChEvent) event = NULL;
  ChEventRow *row;

  if (position >= self->n_items)
    return NULL;

  row = g_hash_table_lookup (self->rows, key);
  if (row != NULL)
    return g_object_ref (row);

  event = g_list_model_get_item (G_LIST_MODEL (self->filter), position);
  row = ch_event_row_new (event);
  g_object_set_qdata (G_OBJECT (row), row_position_quark, key);
  g_object_weak_ref (G_OBJECT (row), row_finalized_cb, self);
  g_hash_table_insert (self->rows, key, row);
  return row;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_event_selection_get_item_type;
  iface->get_n_items = ch_event_selection_get_n_items;
  iface->get_item = ch_event_selection_get_item;
}

/* GtkSelectionModel */

static gboolean
ch_event_selection_is_selected (GtkSelectionModel *model,
                                guint              position)
{
  return gtk_bitset_contains (CH_EVENT_SELECTION (model)->visible, position);
}

static GtkBitset *
ch_event_selection_get_selection_in_range (GtkSelectionModel *model,
                                           guint              position,
                                           guint              n_items)
{
  /* As GtkMultiSelection does: the callers only read it. */
  return gtk_bitset_ref (CH_EVENT_SELECTION (model)->visible);
}

static void
emit_changed (ChEventSelection *self,
              guint             first,
              guint             last)
{
  if (first <= last && first < self->n_items)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), first,
                                           MIN (last, self->n_items - 1) - first + 1);
}

static gboolean
ch_event_selection_set_selection (GtkSelectionModel *model,
                                  GtkBitset         *selected,
                                  GtkBitset         *mask)
{
  ChEventSelection *self = CH_EVENT_SELECTION (model);
  guint first = G_MAXUINT, last = 0;
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_is_empty (mask))
    return TRUE;

  /* A mask of the whole list (select one, unselect the rest) clears
   * everything at once rather than position by position. */
  if (self->n_items > 0 && gtk_bitset_get_size (mask) == self->n_items &&
      gtk_bitset_get_minimum (mask) == 0 && gtk_bitset_get_maximum (mask) == self->n_items - 1)
    {
      if (!gtk_bitset_is_empty (self->visible))
        {
          first = gtk_bitset_get_minimum (self->visible);
          last = gtk_bitset_get_maximum (self->visible);
        }
      clear_corpus_bits (self);
      gtk_bitset_remove_all (self->visible);

      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
           ok && position < self->n_items;
           ok = gtk_bitset_iter_next (&iter, &position))
        {
          set_corpus_bit (self, ch_filter_get_corpus_position (self->filter, position), TRUE);
          first = MIN (first, position);
          last = MAX (last, position);
        }
      gtk_bitset_union (self->visible, selected);
      if (self->n_items > 0)
        gtk_bitset_remove_range_closed (self->visible, self->n_items, G_MAXUINT);
      emit_changed (self, first, last);
      return TRUE;
    }

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, mask, &position);
       ok && position < self->n_items;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      gboolean value = gtk_bitset_contains (selected, position);

      if (set_corpus_bit (self, ch_filter_get_corpus_position (self->filter, position), value))
        {
          if (value)
            gtk_bitset_add (self->visible, position);
          else
            gtk_bitset_remove (self->visible, position);
          first = MIN (first, position);
          last = MAX (last, position);
        }
    }
  emit_changed (self, first, last);
  return TRUE;
}

static gboolean
ch_event_selection_select_all (GtkSelectionModel *model)
{
  ChEventSelection *self = CH_EVENT_SELECTION (model);

  if (self->n_items == 0)
    return TRUE;

  /* Every event the filter lets through, and no other. */
  clear_corpus_bits (self);
  for (guint i = 0; i < self->n_items; i++)
    set_corpus_bit (self, ch_filter_get_corpus_position (self->filter, i), TRUE);
  gtk_bitset_remove_all (self->visible);
  gtk_bitset_add_range (self->visible, 0, self->n_items);
  emit_changed (self, 0, self->n_items - 1);
  return TRUE;
}

static gboolean
ch_event_selection_unselect_all (GtkSelectionModel *model)
{
  ChEventSelection *self = CH_EVENT_SELECTION (model);
  guint first, last;

  if (gtk_bitset_is_empty (self->visible))
    return TRUE;

  first = gtk_bitset_get_minimum (self->visible);
  last = gtk_bitset_get_maximum (self->visible);
  clear_corpus_bits (self);
  gtk_bitset_remove_all (self->visible);
  emit_changed (self, first, last);
  return TRUE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = ch_event_selection_is_selected;
  iface->get_selection_in_range = ch_event_selection_get_selection_in_range;
  iface->set_selection = ch_event_selection_set_selection;
  iface->select_all = ch_event_selection_select_all;
  iface->unselect_all = ch_event_selection_unselect_all;
}

/* GObject */

static void
ch_event_selection_dispose (GObject *object)
{
  ChEventSelection *self = (ChEventSelection *) object;

  if (self->rows != NULL)
    g_hash_table_foreach_remove (self->rows, detach_row_cb, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ch_event_selection_parent_class)->dispose (object);
}

static void
ch_event_selection_finalize (GObject *object)
{
  ChEventSelection *self = (ChEventSelection *) object;

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->visible, gtk_bitset_unref);

  G_OBJECT_CLASS (ch_event_selection_parent_class)->finalize (object);
}

static void
ch_event_selection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChEventSelection *self = CH_EVENT_SELECTION (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_event_selection_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChEventSelection *self = CH_EVENT_SELECTION (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_event_selection_constructed (GObject *object)
{
  ChEventSelection *self = (ChEventSelection *) object;

  G_OBJECT_CLASS (ch_event_selection_parent_class)->constructed (object);

  g_assert (CH_IS_FILTER (self->filter));

  self->n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filter));
  self->n_corpus = g_list_model_get_n_items (G_LIST_MODEL (ch_filter_get_corpus (self->filter)));
  self->selected = g_new0 (guint64, MAX ((self->n_corpus + 63) / 64, 1));

  g_signal_connect_swapped (self->filter, "index-changed",
                            G_CALLBACK (on_filter_index_changed_cb), self);
  g_signal_connect_swapped (self->filter, "items-changed",
                            G_CALLBACK (on_filter_items_changed_cb), self);
}

static void
ch_event_selection_class_init (ChEventSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_event_selection_dispose;
  object_class->finalize = ch_event_selection_finalize;
  object_class->get_property = ch_event_selection_get_property;
  object_class->set_property = ch_event_selection_set_property;
  object_class->constructed = ch_event_selection_constructed;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, CH_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  row_position_quark = g_quark_from_static_string ("ch-event-selection-position");
}

static void
ch_event_selection_init (ChEventSelection *self)
{
  self->rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->visible = gtk_bitset_new_empty ();
}

/* Public API */

/**
 * ch_event_selection_new:
 * @filter: the events to list, in their order
 *
 * Returns: (transfer full): the list's model and selection
 */
ChEventSelection *
ch_event_selection_new (ChFilter *filter)
{
  g_return_val_if_fail (CH_IS_FILTER (filter), NULL);

  return g_object_new (CH_TYPE_EVENT_SELECTION, "filter", filter, NULL);
}

/**
 * ch_event_selection_get_filter:
 *
 * Returns: (transfer none): the filter whose events are listed
 */
ChFilter *
ch_event_selection_get_filter (ChEventSelection *self)
{
  g_return_val_if_fail (CH_IS_EVENT_SELECTION (self), NULL);
  return self->filter;
}

/**
 * ch_event_selection_get_n_selected:
 *
 * Returns: how many events are selected
 */
guint
ch_event_selection_get_n_selected (ChEventSelection *self)
{
  g_return_val_if_fail (CH_IS_EVENT_SELECTION (self), 0);
  return self->n_selected;
}

/**
 * ch_event_selection_is_event_selected:
 *
 * Returns: whether @event is selected; one look per selected event, not
 *   per listed one
 */
gboolean
ch_event_selection_is_event_selected (ChEventSelection *self,
                                      ChEvent          *event)
{
  ChCorpus *corpus;
  guint n_words;

  g_return_val_if_fail (CH_IS_EVENT_SELECTION (self), FALSE);
  g_return_val_if_fail (CH_IS_EVENT (event), FALSE);

  corpus = ch_filter_get_corpus (self->filter);
  n_words = (self->n_corpus + 63) / 64;
  for (guint w = 0; w < n_words && self->n_selected > 0; w++)
    {
      guint64 word = self->selected[w];

      while (word != 0)
        {
          guint p = w * 64 + (guint) __builtin_ctzll (word);

          word &= word - 1;
          if (ch_corpus_get_event (corpus, p) == event)
            return TRUE;
        }
    }
  return FALSE;
}
