/* ch-event-row.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-event-row"

#include "config.h"

#include "ch-event-row.h"

/*
 * A row of the event list. The list's model (ChEventSelection) keeps its
 * row objects in place when the filter or the sort changes and gives them
 * other events instead: a list view told that items were replaced throws
 * their widgets away and builds new ones, which for the two hundred rows
 * GTK keeps alive takes far longer than the filter itself. Cells follow
 * notify::event.
 */

struct _ChEventRow
{
  GObject  parent_instance;

  ChEvent *event;
};

G_DEFINE_FINAL_TYPE (ChEventRow, ch_event_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_event_row_dispose (GObject *object)
{
  ChEventRow *self = (ChEventRow *) object;

  g_clear_object (&self->event);

  G_OBJECT_CLASS (ch_event_row_parent_class)->dispose (object);
}

static void
ch_event_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ChEventRow *self = CH_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_event_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ChEventRow *self = CH_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      ch_event_row_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_event_row_class_init (ChEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_event_row_dispose;
  object_class->get_property = ch_event_row_get_property;
  object_class->set_property = ch_event_row_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, CH_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_event_row_init (ChEventRow *self)
{
}

/**
 * ch_event_row_new:
 * @event: (nullable): the event the row shows first
 *
 * Returns: (transfer full): a row
 */
ChEventRow *
ch_event_row_new (ChEvent *event)
{
  g_return_val_if_fail (event == NULL || CH_IS_EVENT (event), NULL);

  return g_object_new (CH_TYPE_EVENT_ROW, "event", event, NULL);
}

/**
 * ch_event_row_get_event:
 *
 * Returns: (transfer none) (nullable): the event the row shows
 */
ChEvent *
ch_event_row_get_event (ChEventRow *self)
{
  g_return_val_if_fail (CH_IS_EVENT_ROW (self), NULL);
  return self->event;
}

/**
 * ch_event_row_set_event:
 * @event: (nullable): the event to show
 *
 * Notifies #ChEventRow:event only when the event is another one, so that
 * rows whose event stayed do not redraw.
 */
void
ch_event_row_set_event (ChEventRow *self,
                        ChEvent    *event)
{
  g_return_if_fail (CH_IS_EVENT_ROW (self));
  g_return_if_fail (event == NULL || CH_IS_EVENT (event));

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
