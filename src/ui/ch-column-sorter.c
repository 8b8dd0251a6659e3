/* ch-column-sorter.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-column-sorter"

#include "config.h"

#include "ch-column-sorter.h"

/*
 * The event list does not sort through a GtkSortListModel: with a million
 * events that re-sorts on every filter change. ChFilter presents its
 * events in precomputed orders instead. The column headers still need
 * sorters so that they are clickable and show the arrow; these sorters
 * carry the column they stand for.
 *
 * GTK 4.8 has no API to ask the column view's sorter which column is the
 * primary one (gtk_column_view_sorter_get_primary_sort_column is 4.10).
 * ch_column_sorter_read_primary() finds it by asking the column view's
 * sorter to compare two events while the column sorters are in "probe"
 * mode: the first column sorter consulted is the primary one, and the sign
 * of the answer is its direction.
 */

struct _ChColumnSorter
{
  GtkSorter     parent_instance;
  ChSortColumn  column;
};

G_DEFINE_FINAL_TYPE (ChColumnSorter, ch_column_sorter, GTK_TYPE_SORTER)

static gboolean       probing;
static ChSortColumn   probed;

static int
compare_values (ChColumnSorter *self,
                ChEvent        *a,
                ChEvent        *b)
{
  g_autofree char *sa = NULL;
  g_autofree char *sb = NULL;
  const char *field = NULL;

  switch (self->column)
    {
    case CH_SORT_DATE:
      {
        guint32 ka = ch_day_sort_key (ch_event_get_date (a));
        guint32 kb = ch_day_sort_key (ch_event_get_date (b));
        return ka < kb ? -1 : (ka > kb);
      }
    case CH_SORT_TYPE:
      return (int) ch_event_get_event_type (a) - (int) ch_event_get_event_type (b);
    case CH_SORT_CONFIDENCE:
      {
        double ca = ch_event_get_confidence (a), cb = ch_event_get_confidence (b);
        return ca < cb ? -1 : (ca > cb);
      }
    case CH_SORT_PARTICIPANTS:
      field = "participants";
      break;
    case CH_SORT_PLACE:
      field = "location";
      break;
    case CH_SORT_TOPICS:
      field = "topics";
      break;
    case CH_SORT_SOURCE:
      field = "source_title";
      break;
    case CH_SORT_NONE:
    default:
      return 0;
    }

  sa = ch_event_dup_field (a, field);
  sb = ch_event_dup_field (b, field);
  return g_utf8_collate (sa, sb);
}

static GtkOrdering
ch_column_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  ChColumnSorter *self = CH_COLUMN_SORTER (sorter);

  if (probing)
    {
      if (probed == CH_SORT_NONE)
        probed = self->column;
      return GTK_ORDERING_SMALLER;
    }

  return gtk_ordering_from_cmpfunc (compare_values (self, item1, item2));
}

static GtkSorterOrder
ch_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
ch_column_sorter_class_init (ChColumnSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  sorter_class->compare = ch_column_sorter_compare;
  sorter_class->get_order = ch_column_sorter_get_order;
}

static void
ch_column_sorter_init (ChColumnSorter *self)
{
}

GtkSorter *
ch_column_sorter_new (ChSortColumn column)
{
  ChColumnSorter *self = g_object_new (CH_TYPE_COLUMN_SORTER, NULL);

  self->column = column;
  return GTK_SORTER (self);
}

ChSortColumn
ch_column_sorter_get_column (ChColumnSorter *self)
{
  g_return_val_if_fail (CH_IS_COLUMN_SORTER (self), CH_SORT_NONE);
  return self->column;
}

/**
 * ch_column_sorter_read_primary:
 * @column_view_sorter: the sorter of a GtkColumnView whose columns have
 *   #ChColumnSorter sorters
 * @descending: (out): whether it sorts in descending order
 *
 * Returns: the column the view sorts by, or %CH_SORT_NONE
 */
ChSortColumn
ch_column_sorter_read_primary (GtkSorter *column_view_sorter,
                               gboolean  *descending)
{
  static ChEvent *a, *b;
  GtkOrdering order;

  g_return_val_if_fail (GTK_IS_SORTER (column_view_sorter), CH_SORT_NONE);

  if (a == NULL)
    {
      a = ch_event_new ();
      b = ch_event_new ();
    }

  probing = TRUE;
  probed = CH_SORT_NONE;
  order = gtk_sorter_compare (column_view_sorter, a, b);
  probing = FALSE;

  if (descending != NULL)
    *descending = order == GTK_ORDERING_LARGER;
  return probed;
}
