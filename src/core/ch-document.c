/* ch-document.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-document"

#include "config.h"

#include <string.h>

#include "ch-document.h"

/*
 * A ChDocument is one article as an importer produced it: where it came
 * from, its title, its text in UTF-8 and the date it carries itself (a
 * header line, an HTML meta tag, a feed's pubDate). The extractor adds the
 * dateline and the entity spans that the reader highlights. Entity spans
 * are byte offsets into the text; ch_document_char_offset() converts them
 * for widgets that count characters.
 */

struct _ChDocument
{
  GObject  parent_instance;

  char    *uri;
  char    *title;
  char    *text;
  gsize    text_length;
  char    *link;
  char    *dateline;
  ChDay    date;
  GArray  *entities;
};

G_DEFINE_FINAL_TYPE (ChDocument, ch_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URI,
  PROP_TITLE,
  PROP_TEXT,
  PROP_LINK,
  PROP_DATE,
  PROP_DATELINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_document_finalize (GObject *object)
{
  ChDocument *self = (ChDocument *) object;

  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->link, g_free);
  g_clear_pointer (&self->dateline, g_free);
  g_clear_pointer (&self->entities, g_array_unref);

  G_OBJECT_CLASS (ch_document_parent_class)->finalize (object);
}

static void
ch_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ChDocument *self = CH_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LINK:
      g_value_set_string (value, self->link);
      break;
    case PROP_DATE:
      g_value_take_string (value, ch_day_format (&self->date));
      break;
    case PROP_DATELINE:
      g_value_set_string (value, self->dateline);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_document_class_init (ChDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_document_finalize;
  object_class->get_property = ch_document_get_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINK] =
    g_param_spec_string ("link", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATELINE] =
    g_param_spec_string ("dateline", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_document_init (ChDocument *self)
{
  self->entities = g_array_new (FALSE, FALSE, sizeof (ChEntity));
}

/**
 * ch_document_new:
 * @uri: the path or URI of the source as the user opened it
 * @title: (nullable): the title
 * @text: the text, valid UTF-8
 *
 * Returns: (transfer full): a new #ChDocument
 */
ChDocument *
ch_document_new (const char *uri,
                 const char *title,
                 const char *text)
{
  ChDocument *self;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  self = g_object_new (CH_TYPE_DOCUMENT, NULL);
  self->uri = g_strdup (uri);
  self->title = g_strdup (title != NULL ? title : "");
  self->text = g_strdup (text);
  self->text_length = strlen (text);

  return self;
}

const char *
ch_document_get_uri (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return self->uri;
}

const char *
ch_document_get_title (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return self->title;
}

void
ch_document_set_title (ChDocument *self,
                       const char *title)
{
  g_return_if_fail (CH_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title != NULL ? title : "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
ch_document_get_text (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return self->text;
}

gsize
ch_document_get_text_length (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), 0);

  return self->text_length;
}

/**
 * ch_document_get_link:
 *
 * Returns: (nullable): the item's own link, for documents read from a feed
 */
const char *
ch_document_get_link (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return self->link;
}

void
ch_document_set_link (ChDocument *self,
                      const char *link)
{
  g_return_if_fail (CH_IS_DOCUMENT (self));

  if (g_strcmp0 (self->link, link) != 0)
    {
      g_free (self->link);
      self->link = g_strdup (link);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK]);
    }
}

/**
 * ch_document_get_date:
 *
 * Returns: the document's own date; its year is 0 when it has none
 */
const ChDay *
ch_document_get_date (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return &self->date;
}

void
ch_document_set_date (ChDocument  *self,
                      const ChDay *date)
{
  ChDay none = { 0 };

  g_return_if_fail (CH_IS_DOCUMENT (self));

  if (date == NULL)
    date = &none;

  g_return_if_fail (ch_day_is_valid (date));

  if (memcmp (&self->date, date, sizeof *date) != 0)
    {
      self->date = *date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

/**
 * ch_document_get_dateline:
 *
 * Returns: (nullable): the dateline city as written, when the text has one
 */
const char *
ch_document_get_dateline (ChDocument *self)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);

  return self->dateline;
}

void
ch_document_set_dateline (ChDocument *self,
                          const char *dateline)
{
  g_return_if_fail (CH_IS_DOCUMENT (self));

  if (g_strcmp0 (self->dateline, dateline) != 0)
    {
      g_free (self->dateline);
      self->dateline = g_strdup (dateline);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATELINE]);
    }
}

/**
 * ch_document_add_entity:
 * @start: byte offset of the span in the text
 * @end: byte offset past the span, at most the text length
 * @value: the canonical value; it is interned
 *
 * Records one entity span. Spans are kept in the order added; the
 * extractor adds them in text order.
 */
void
ch_document_add_entity (ChDocument   *self,
                        ChEntityKind  kind,
                        guint         start,
                        guint         end,
                        const char   *value)
{
  ChEntity entity;

  g_return_if_fail (CH_IS_DOCUMENT (self));
  g_return_if_fail ((guint) kind < CH_N_ENTITY_KINDS);
  g_return_if_fail (start < end);
  g_return_if_fail (end <= self->text_length);

  entity.kind = kind;
  entity.start = start;
  entity.end = end;
  entity.value = g_intern_string (value != NULL ? value : "");
  g_array_append_val (self->entities, entity);
}

/**
 * ch_document_add_interned_entities:
 * @entities: (array length=n_entities): spans whose values are interned
 *   strings (g_intern_string()), never %NULL
 *
 * Like ch_document_add_entity() for each span, in one call: the extractor
 * records dozens of spans per article, and interning each value again
 * takes GLib's global lock once per span.
 */
void
ch_document_add_interned_entities (ChDocument     *self,
                                   const ChEntity *entities,
                                   guint           n_entities)
{
  g_return_if_fail (CH_IS_DOCUMENT (self));
  g_return_if_fail (entities != NULL || n_entities == 0);

  for (guint i = 0; i < n_entities; i++)
    {
      g_return_if_fail ((guint) entities[i].kind < CH_N_ENTITY_KINDS);
      g_return_if_fail (entities[i].start < entities[i].end);
      g_return_if_fail (entities[i].end <= self->text_length);
      g_return_if_fail (entities[i].value != NULL);
    }
  g_array_append_vals (self->entities, entities, n_entities);
}

/**
 * ch_document_get_entities:
 * @n_entities: (out): the number of spans
 *
 * Returns: (transfer none) (array length=n_entities): the entity spans
 */
const ChEntity *
ch_document_get_entities (ChDocument *self,
                          guint      *n_entities)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_entities != NULL, NULL);

  *n_entities = self->entities->len;
  return (const ChEntity *) (gpointer) self->entities->data;
}

void
ch_document_clear_entities (ChDocument *self)
{
  g_return_if_fail (CH_IS_DOCUMENT (self));

  g_array_set_size (self->entities, 0);
}

/**
 * ch_document_char_offset:
 * @byte_offset: a byte offset into the text, at a character boundary
 *
 * Returns: the number of characters before @byte_offset
 */
glong
ch_document_char_offset (ChDocument *self,
                         guint       byte_offset)
{
  g_return_val_if_fail (CH_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (byte_offset <= self->text_length, 0);

  return g_utf8_pointer_to_offset (self->text, self->text + byte_offset);
}
