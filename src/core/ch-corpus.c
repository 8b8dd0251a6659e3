/* ch-corpus.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-corpus"

#include "config.h"

#include "ch-corpus.h"

/*
 * ChCorpus owns the documents that were imported and the events that the
 * views show, and is the GListModel those views are built on. Items are
 * kept in one GPtrArray; every change is reported with a single
 * items-changed for the whole batch, so that a view never sees a half-added
 * batch and a million events cost one signal.
 */

struct _ChCorpus
{
  GObject    parent_instance;

  GPtrArray *documents;
  GPtrArray *events;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChCorpus, ch_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_N_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
replace_events (ChCorpus  *self,
                guint      position,
                guint      removed,
                ChEvent * const *added,
                guint      n_added)
{
  g_assert (CH_IS_CORPUS (self));
  g_assert (position + removed <= self->events->len);

  if (removed > 0)
    g_ptr_array_remove_range (self->events, position, removed);

  if (position == self->events->len)
    {
      g_ptr_array_set_size (self->events, position + n_added);
      for (guint i = 0; i < n_added; i++)
        self->events->pdata[position + i] = g_object_ref (added[i]);
    }
  else
    {
      for (guint i = 0; i < n_added; i++)
        g_ptr_array_insert (self->events, (int) (position + i), g_object_ref (added[i]));
    }

  if (removed > 0 || n_added > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, n_added);
      if (removed != n_added)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static GType
ch_corpus_get_item_type (GListModel *model)
{
  return CH_TYPE_EVENT;
}

static guint
ch_corpus_get_n_items (GListModel *model)
{
  return CH_CORPUS (model)->events->len;
}

static gpointer
ch_corpus_get_item (GListModel *model,
                    guint       position)
{
  ChCorpus *self = CH_CORPUS (model);

  if (position >= self->events->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->events, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_corpus_get_item_type;
  iface->get_n_items = ch_corpus_get_n_items;
  iface->get_item = ch_corpus_get_item;
}

static void
ch_corpus_dispose (GObject *object)
{
  ChCorpus *self = (ChCorpus *) object;

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);

  G_OBJECT_CLASS (ch_corpus_parent_class)->dispose (object);
}

static void
ch_corpus_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChCorpus *self = CH_CORPUS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->events->len);
      break;
    case PROP_N_DOCUMENTS:
      g_value_set_uint (value, self->documents->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_corpus_class_init (ChCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_corpus_dispose;
  object_class->get_property = ch_corpus_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DOCUMENTS] =
    g_param_spec_uint ("n-documents", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_corpus_init (ChCorpus *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
}

ChCorpus *
ch_corpus_new (void)
{
  return g_object_new (CH_TYPE_CORPUS, NULL);
}

guint
ch_corpus_get_n_documents (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), 0);

  return self->documents->len;
}

/**
 * ch_corpus_get_document:
 *
 * Returns: (transfer none): the document at @position
 */
ChDocument *
ch_corpus_get_document (ChCorpus *self,
                        guint     position)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);
  g_return_val_if_fail (position < self->documents->len, NULL);

  return g_ptr_array_index (self->documents, position);
}

/**
 * ch_corpus_get_event:
 *
 * Returns: (transfer none): the event at @position, without the reference
 *   g_list_model_get_item() would add
 */
ChEvent *
ch_corpus_get_event (ChCorpus *self,
                     guint     position)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);
  g_return_val_if_fail (position < self->events->len, NULL);

  return g_ptr_array_index (self->events, position);
}

/**
 * ch_corpus_add_events:
 * @events: (array length=n_events): events to append
 *
 * Appends events that were made elsewhere (a benchmark's generated events,
 * a test's), with one items-changed.
 */
void
ch_corpus_add_events (ChCorpus        *self,
                      ChEvent * const *events,
                      guint            n_events)
{
  g_return_if_fail (CH_IS_CORPUS (self));
  g_return_if_fail (events != NULL || n_events == 0);

  replace_events (self, self->events->len, 0, events, n_events);
}

/**
 * ch_corpus_clear:
 *
 * Drops every document and event.
 */
void
ch_corpus_clear (ChCorpus *self)
{
  g_return_if_fail (CH_IS_CORPUS (self));

  replace_events (self, 0, self->events->len, NULL, 0);
  if (self->documents->len > 0)
    {
      g_ptr_array_set_size (self->documents, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
    }
}
