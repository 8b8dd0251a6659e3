/* ch-event.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-event"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-event.h"
#include "ch-event-private.h"

/*
 * A ChEvent carries the fields of EVENTS.md. List-valued fields
 * (participants, roles, countries, organizations, topics, sources) are kept
 * as string vectors and joined with "; " only when a cell is written or a
 * property is read, so that filters and the CSV writer never split text.
 *
 * Every field is also a read-only GObject property named after its CSV
 * column (with dashes), so that sorters and list cells can bind to it.
 */

struct _ChEvent
{
  GObject      parent_instance;

  char        *event_id;
  char        *date_text;
  char        *location;
  char        *location_country;
  char        *venue;
  char        *occasion;
  char       **participants;
  char       **roles;
  char       **mentions;
  char       **countries;
  char       **organizations;
  char       **topics;
  char       **sources;
  char        *source_title;
  char        *evidence;
  char        *dateline;
  ChDocument  *document;
  double       confidence;
  guint        evidence_start;
  guint        evidence_end;
  guint        reports;
  ChDay        date;
  ChEventType  type;
};

G_DEFINE_FINAL_TYPE (ChEvent, ch_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT_ID,
  PROP_DATE,
  PROP_DATE_PRECISION,
  PROP_TYPE,
  PROP_CAMEO,
  PROP_LOCATION,
  PROP_LOCATION_COUNTRY,
  PROP_VENUE,
  PROP_OCCASION,
  PROP_PARTICIPANTS,
  PROP_ROLES,
  PROP_COUNTRIES,
  PROP_ORGANIZATIONS,
  PROP_TOPICS,
  PROP_SOURCE,
  PROP_SOURCE_TITLE,
  PROP_EVIDENCE,
  PROP_CONFIDENCE,
  PROP_DATE_TEXT,
  PROP_DATELINE,
  PROP_REPORTS,
  /* Not CSV columns */
  PROP_DATE_SORT_KEY,
  PROP_DOCUMENT,
  N_PROPS
};

/* The CSV columns of EVENTS.md, in order; PROP_EVENT_ID + i is column i. */
static const char * const field_names[] = {
  "event_id", "date", "date_precision", "type", "cameo", "location",
  "location_country", "venue", "occasion", "participants", "roles",
  "countries", "organizations", "topics", "source", "source_title",
  "evidence", "confidence", "date_text", "dateline", "reports",
  NULL
};

static GParamSpec *properties[N_PROPS];

/*
 * Memory: a corpus of a million events names a few thousand people,
 * places, countries, topics and sources. Those repeated values are kept as
 * interned, reference-counted strings (GRefString), one copy per distinct
 * value shared by every event that has it, and an empty list is stored as
 * NULL. Only the event id and the evidence sentence, which are unique,
 * are plain copies. This keeps an event well under a kilobyte.
 */

/* GLib 2.74 lets g_ref_string_new_intern() hand out an interned string
 * whose count another thread's g_ref_string_release() has just dropped to
 * zero (fixed in GLib 2.76), which corrupts the heap when events are made
 * and freed on worker threads. Taking one lock around both closes it. */
G_LOCK_DEFINE_STATIC (shared_strings);

static char *
dup_shared (const char *value)
{
  char *ret;

  if (value == NULL)
    return NULL;
  G_LOCK (shared_strings);
  ret = g_ref_string_new_intern (value);
  G_UNLOCK (shared_strings);
  return ret;
}

static void
free_shared (char *value)
{
  if (value == NULL)
    return;
  G_LOCK (shared_strings);
  g_ref_string_release (value);
  G_UNLOCK (shared_strings);
}

/* dup_shared_strv() with the lock already held */
static char **
dup_shared_strv_locked (const char * const *values)
{
  char **copy;
  guint n;

  if (values == NULL || values[0] == NULL)
    return NULL;

  n = g_strv_length ((char **) values);
  copy = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_ref_string_new_intern (values[i]);
  copy[n] = NULL;

  return copy;
}

static char **
dup_shared_strv (const char * const *values)
{
  char **copy;

  if (values == NULL || values[0] == NULL)
    return NULL;

  G_LOCK (shared_strings);
  copy = dup_shared_strv_locked (values);
  G_UNLOCK (shared_strings);

  return copy;
}

static void
free_shared_strv (char **values)
{
  if (values == NULL)
    return;
  G_LOCK (shared_strings);
  for (guint i = 0; values[i] != NULL; i++)
    g_ref_string_release (values[i]);
  G_UNLOCK (shared_strings);
  g_free (values);
}

/* For the unique fields: the event id and the evidence. */
static void
set_string (ChEvent     *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
set_shared_string (ChEvent     *self,
                   char       **field,
                   const char  *value,
                   guint        prop_id)
{
  if (g_strcmp0 (*field, value) != 0)
    {
      free_shared (*field);
      *field = dup_shared (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static void
set_strv (ChEvent             *self,
          char              ***field,
          const char * const  *value,
          guint                prop_id)
{
  if (!strv_equal0 ((const char * const *) *field, value))
    {
      free_shared_strv (*field);
      *field = dup_shared_strv (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static const char * const empty_strv[] = { NULL };

static const char * const *
strv_or_empty (char **strv)
{
  return strv != NULL ? (const char * const *) strv : empty_strv;
}

static void
ch_event_dispose (GObject *object)
{
  ChEvent *self = (ChEvent *) object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (ch_event_parent_class)->dispose (object);
}

static void
ch_event_finalize (GObject *object)
{
  ChEvent *self = (ChEvent *) object;

  g_free (self->event_id);
  g_free (self->evidence);
  free_shared (self->date_text);
  free_shared (self->location);
  free_shared (self->location_country);
  free_shared (self->venue);
  free_shared (self->occasion);
  free_shared (self->source_title);
  free_shared (self->dateline);
  free_shared_strv (self->participants);
  free_shared_strv (self->roles);
  free_shared_strv (self->mentions);
  free_shared_strv (self->countries);
  free_shared_strv (self->organizations);
  free_shared_strv (self->topics);
  free_shared_strv (self->sources);

  G_OBJECT_CLASS (ch_event_parent_class)->finalize (object);
}

static void
ch_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ChEvent *self = CH_EVENT (object);

  switch (prop_id)
    {
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    case PROP_REPORTS:
      g_value_set_uint (value, self->reports);
      break;
    case PROP_DATE_SORT_KEY:
      g_value_set_uint (value, ch_day_sort_key (&self->date));
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      if (prop_id >= PROP_EVENT_ID && prop_id <= PROP_REPORTS)
        g_value_take_string (value,
                             ch_event_dup_field (self, field_names[prop_id - PROP_EVENT_ID]));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_event_class_init (ChEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_event_dispose;
  object_class->finalize = ch_event_finalize;
  object_class->get_property = ch_event_get_property;

  for (guint i = PROP_EVENT_ID; i <= PROP_REPORTS; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (field_names[i - PROP_EVENT_ID]), "_", '-');

      if (i == PROP_CONFIDENCE)
        properties[i] = g_param_spec_double (name, NULL, NULL, 0.0, 1.0, 0.0,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY);
      else if (i == PROP_REPORTS)
        properties[i] = g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 1,
                                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY);
      else
        properties[i] = g_param_spec_string (name, NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY);
    }
  properties[PROP_DATE_SORT_KEY] =
    g_param_spec_uint ("date-sort-key", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CH_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_event_init (ChEvent *self)
{
  self->reports = 1;
  self->type = CH_EVENT_TYPE_MEETING;
}

ChEvent *
ch_event_new (void)
{
  return g_object_new (CH_TYPE_EVENT, NULL);
}

const char *
ch_event_get_event_id (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->event_id;
}

void
ch_event_set_event_id (ChEvent    *self,
                       const char *event_id)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_string (self, &self->event_id, event_id, PROP_EVENT_ID);
}

const ChDay *
ch_event_get_date (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return &self->date;
}

void
ch_event_set_date (ChEvent     *self,
                   const ChDay *date)
{
  ChDay none = { 0 };

  g_return_if_fail (CH_IS_EVENT (self));

  if (date == NULL)
    date = &none;
  g_return_if_fail (ch_day_is_valid (date));

  if (memcmp (&self->date, date, sizeof *date) != 0)
    {
      self->date = *date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_PRECISION]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_SORT_KEY]);
    }
}

ChDatePrecision
ch_event_get_date_precision (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), CH_DATE_PRECISION_NONE);
  return ch_day_get_precision (&self->date);
}

const char *
ch_event_get_date_text (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->date_text;
}

void
ch_event_set_date_text (ChEvent    *self,
                        const char *date_text)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->date_text, date_text, PROP_DATE_TEXT);
}

ChEventType
ch_event_get_event_type (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), CH_EVENT_TYPE_MEETING);
  return self->type;
}

void
ch_event_set_event_type (ChEvent     *self,
                         ChEventType  type)
{
  g_return_if_fail (CH_IS_EVENT (self));
  g_return_if_fail ((guint) type < CH_N_EVENT_TYPES);

  if (self->type != type)
    {
      self->type = type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMEO]);
    }
}

const char *
ch_event_get_location (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->location;
}

void
ch_event_set_location (ChEvent    *self,
                       const char *location)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->location, location, PROP_LOCATION);
}

const char *
ch_event_get_location_country (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->location_country;
}

void
ch_event_set_location_country (ChEvent    *self,
                               const char *iso_code)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->location_country, iso_code, PROP_LOCATION_COUNTRY);
}

const char *
ch_event_get_venue (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->venue;
}

void
ch_event_set_venue (ChEvent    *self,
                    const char *venue)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->venue, venue, PROP_VENUE);
}

const char *
ch_event_get_occasion (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->occasion;
}

void
ch_event_set_occasion (ChEvent    *self,
                       const char *occasion)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->occasion, occasion, PROP_OCCASION);
}

/**
 * ch_event_get_participants:
 *
 * Returns: (transfer none): the canonical names of the participants, never
 *   %NULL
 */
const char * const *
ch_event_get_participants (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->participants);
}

/**
 * ch_event_get_roles:
 *
 * Returns: (transfer none): the participants' titles in the same order; an
 *   unknown title is an empty string
 */
const char * const *
ch_event_get_roles (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->roles);
}

/**
 * ch_event_set_participants:
 * @participants: (nullable): canonical names
 * @roles: (nullable): titles, as many as @participants, or %NULL for none
 */
void
ch_event_set_participants (ChEvent            *self,
                           const char * const *participants,
                           const char * const *roles)
{
  g_return_if_fail (CH_IS_EVENT (self));
  g_return_if_fail (roles == NULL || participants == NULL ||
                    g_strv_length ((char **) roles) == g_strv_length ((char **) participants));

  set_strv (self, &self->participants, participants, PROP_PARTICIPANTS);
  set_strv (self, &self->roles, roles, PROP_ROLES);
}

/**
 * ch_event_get_mentions:
 *
 * Returns: (transfer none): the participants' names as their document
 *   gives them in full, before names are made canonical across the corpus;
 *   in the order of ch_event_get_participants()
 */
const char * const *
ch_event_get_mentions (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->mentions);
}

/**
 * ch_event_set_mentions:
 * @mentions: (nullable): names as the document spells them
 *
 * Not a property: the corpus keeps these to rebuild canonical names when
 * the user undoes a merge of spellings.
 */
void
ch_event_set_mentions (ChEvent            *self,
                       const char * const *mentions)
{
  g_return_if_fail (CH_IS_EVENT (self));

  free_shared_strv (self->mentions);
  self->mentions = dup_shared_strv (mentions);
}

const char * const *
ch_event_get_countries (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->countries);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static const char **
sorted_unique (const char * const *values)
{
  const char **out;
  guint n = 0, k = 0;

  if (values == NULL)
    return NULL;

  /* the strings are borrowed: set_strv() makes its own shared copies */
  for (guint i = 0; values[i] != NULL; i++)
    n++;
  out = g_new (const char *, n + 1);
  for (guint i = 0; values[i] != NULL; i++)
    if (values[i][0] != '\0')
      out[k++] = values[i];
  qsort (out, k, sizeof (const char *), compare_strings);

  /* Drop repeats, which sorting has made neighbours. */
  if (k > 1)
    {
      guint w = 1;

      for (guint i = 1; i < k; i++)
        if (strcmp (out[w - 1], out[i]) != 0)
          out[w++] = out[i];
      k = w;
    }
  out[k] = NULL;

  return out;
}

/**
 * ch_event_set_countries:
 * @countries: (nullable): ISO 3166-1 alpha-2 codes; they are stored sorted
 *   and without repeats, as EVENTS.md asks
 */
void
ch_event_set_countries (ChEvent            *self,
                        const char * const *countries)
{
  g_autofree const char **sorted = NULL;

  g_return_if_fail (CH_IS_EVENT (self));

  sorted = sorted_unique (countries);
  set_strv (self, &self->countries, (const char * const *) sorted, PROP_COUNTRIES);
}

const char * const *
ch_event_get_organizations (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->organizations);
}

void
ch_event_set_organizations (ChEvent            *self,
                            const char * const *organizations)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_strv (self, &self->organizations, organizations, PROP_ORGANIZATIONS);
}

const char * const *
ch_event_get_topics (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->topics);
}

/**
 * ch_event_set_topics:
 * @topics: (nullable): topic slugs; stored sorted and without repeats
 */
void
ch_event_set_topics (ChEvent            *self,
                     const char * const *topics)
{
  g_autofree const char **sorted = NULL;

  g_return_if_fail (CH_IS_EVENT (self));

  sorted = sorted_unique (topics);
  set_strv (self, &self->topics, (const char * const *) sorted, PROP_TOPICS);
}

/**
 * ch_event_get_sources:
 *
 * Returns: (transfer none): the paths or URIs of the documents that report
 *   the event; the first is the one whose text the evidence comes from
 */
const char * const *
ch_event_get_sources (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return strv_or_empty (self->sources);
}

void
ch_event_set_sources (ChEvent            *self,
                      const char * const *sources)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_strv (self, &self->sources, sources, PROP_SOURCE);
}

const char *
ch_event_get_source_title (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->source_title;
}

void
ch_event_set_source_title (ChEvent    *self,
                           const char *source_title)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->source_title, source_title, PROP_SOURCE_TITLE);
}

const char *
ch_event_get_evidence (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->evidence;
}

/**
 * ch_event_set_evidence:
 * @evidence: (nullable): the sentence, whitespace collapsed
 * @start: byte offset of the sentence in the document's text
 * @end: byte offset past it
 */
void
ch_event_set_evidence (ChEvent    *self,
                       const char *evidence,
                       guint       start,
                       guint       end)
{
  g_return_if_fail (CH_IS_EVENT (self));
  g_return_if_fail (start <= end);

  self->evidence_start = start;
  self->evidence_end = end;
  set_string (self, &self->evidence, evidence, PROP_EVIDENCE);
}

guint
ch_event_get_evidence_start (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), 0);
  return self->evidence_start;
}

guint
ch_event_get_evidence_end (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), 0);
  return self->evidence_end;
}

double
ch_event_get_confidence (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), 0.0);
  return self->confidence;
}

void
ch_event_set_confidence (ChEvent *self,
                         double   confidence)
{
  g_return_if_fail (CH_IS_EVENT (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence != confidence)
    {
      self->confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
    }
}

const char *
ch_event_get_dateline (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->dateline;
}

void
ch_event_set_dateline (ChEvent    *self,
                       const char *dateline)
{
  g_return_if_fail (CH_IS_EVENT (self));
  set_shared_string (self, &self->dateline, dateline, PROP_DATELINE);
}

guint
ch_event_get_reports (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), 0);
  return self->reports;
}

void
ch_event_set_reports (ChEvent *self,
                      guint    reports)
{
  g_return_if_fail (CH_IS_EVENT (self));

  if (self->reports != reports)
    {
      self->reports = reports;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTS]);
    }
}

/**
 * ch_event_get_document:
 *
 * Returns: (transfer none) (nullable): the document the evidence is in
 */
ChDocument *
ch_event_get_document (ChEvent *self)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  return self->document;
}

void
ch_event_set_document (ChEvent    *self,
                       ChDocument *document)
{
  g_return_if_fail (CH_IS_EVENT (self));
  g_return_if_fail (document == NULL || CH_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * ch_event_join:
 * @values: (nullable): strings
 *
 * Returns: (transfer full): @values joined with "; ", as list-valued cells
 *   are written
 */
char *
ch_event_join (const char * const *values)
{
  if (values == NULL)
    return g_strdup ("");
  return g_strjoinv ("; ", (char **) values);
}

/**
 * ch_event_dup_field:
 * @field: a column name of EVENTS.md's CSV header, such as "participants"
 *
 * Returns: (transfer full): the cell's text as EVENTS.md defines it, before
 *   any CSV quoting; %NULL when @field is not a column
 */
char *
ch_event_dup_field (ChEvent    *self,
                    const char *field)
{
  g_return_val_if_fail (CH_IS_EVENT (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

#define STR(x) g_strdup ((x) != NULL ? (x) : "")
  if (strcmp (field, "event_id") == 0)
    return STR (self->event_id);
  if (strcmp (field, "date") == 0)
    return ch_day_format (&self->date);
  if (strcmp (field, "date_precision") == 0)
    return g_strdup (ch_date_precision_to_string (ch_day_get_precision (&self->date)));
  if (strcmp (field, "type") == 0)
    return g_strdup (ch_event_type_to_slug (self->type));
  if (strcmp (field, "cameo") == 0)
    return g_strdup (ch_event_type_to_cameo (self->type));
  if (strcmp (field, "location") == 0)
    return STR (self->location);
  if (strcmp (field, "location_country") == 0)
    return STR (self->location_country);
  if (strcmp (field, "venue") == 0)
    return STR (self->venue);
  if (strcmp (field, "occasion") == 0)
    return STR (self->occasion);
  if (strcmp (field, "participants") == 0)
    return ch_event_join ((const char * const *) self->participants);
  if (strcmp (field, "roles") == 0)
    return ch_event_join ((const char * const *) self->roles);
  if (strcmp (field, "countries") == 0)
    return ch_event_join ((const char * const *) self->countries);
  if (strcmp (field, "organizations") == 0)
    return ch_event_join ((const char * const *) self->organizations);
  if (strcmp (field, "topics") == 0)
    return ch_event_join ((const char * const *) self->topics);
  if (strcmp (field, "source") == 0)
    return ch_event_join ((const char * const *) self->sources);
  if (strcmp (field, "source_title") == 0)
    return STR (self->source_title);
  if (strcmp (field, "evidence") == 0)
    return STR (self->evidence);
  if (strcmp (field, "confidence") == 0)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", self->confidence));
    }
  if (strcmp (field, "date_text") == 0)
    return STR (self->date_text);
  if (strcmp (field, "dateline") == 0)
    return STR (self->dateline);
  if (strcmp (field, "reports") == 0)
    return g_strdup_printf ("%u", self->reports);
#undef STR

  return NULL;
}

/* Writes @value in decimal at @p, as "%u" does; returns the end. */
static char *
write_decimal (char  *p,
               guint  value)
{
  char digits[16];
  guint n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

/* A SHA-256 GChecksum per thread, reset for each id: the extractor makes
 * thousands of ids a second, and a checksum's allocation and release per
 * id showed in its profile */
static GPrivate id_checksum = G_PRIVATE_INIT ((GDestroyNotify) g_checksum_free);

/* The id of an event whose first source is @source and whose evidence
 * lies at [@start, @end): see ch_event_compute_id() */
static void
make_id (const char *source,
         guint       start,
         guint       end,
         char        id[17])
{
  static const char hex[] = "0123456789abcdef";
  GChecksum *checksum = g_private_get (&id_checksum);
  char offsets[32];   /* ":" and up to 10 digits, twice */
  guint8 digest[32];
  gsize digest_len = sizeof digest;

  /* ":start:end" written by hand: a printf per event shows in profiles */
  {
    char *p = offsets;

    *p++ = ':';
    p = write_decimal (p, start);
    *p++ = ':';
    p = write_decimal (p, end);
    *p = '\0';
  }

  if (checksum == NULL)
    {
      checksum = g_checksum_new (G_CHECKSUM_SHA256);
      g_private_set (&id_checksum, checksum);
    }
  else
    g_checksum_reset (checksum);
  g_checksum_update (checksum, (const guchar *) source, -1);
  g_checksum_update (checksum, (const guchar *) offsets, -1);
  /* the id is the first 16 hex digits of the SHA-256, that is its first
   * 8 bytes: no need for the whole digest as text */
  g_checksum_get_digest (checksum, digest, &digest_len);
  for (guint i = 0; i < 8; i++)
    {
      id[2 * i] = hex[digest[i] >> 4];
      id[2 * i + 1] = hex[digest[i] & 0xf];
    }
  id[16] = '\0';
}

/**
 * ch_event_compute_id:
 *
 * Sets the event id from the first source and the evidence offsets, so
 * that the same input gives the same id on every run.
 */
void
ch_event_compute_id (ChEvent *self)
{
  const char *source;
  char id[17];

  g_return_if_fail (CH_IS_EVENT (self));

  source = self->sources != NULL && self->sources[0] != NULL ? self->sources[0] : "";
  make_id (source, self->evidence_start, self->evidence_end, id);
  ch_event_set_event_id (self, id);
}

/**
 * ch_event_new_with_fields:
 * @fields: the new event's fields; its evidence is taken (and set to
 *   %NULL there)
 *
 * The event that ch_event_new(), a call of each setter with @fields and
 * ch_event_compute_id() would give, made at once: the extractor makes
 * thousands of events a second, and the setters' comparisons, property
 * notifications (no one listens to an event not yet made) and one lock
 * per string showed in its profile. The shared strings are interned
 * under one lock.
 *
 * Returns: (transfer full): the event, with its id computed
 */
ChEvent *
ch_event_new_with_fields (ChEventFields *fields)
{
  ChEvent *self;
  g_autofree const char **countries = NULL;
  g_autofree const char **topics = NULL;
  gboolean roles_fit;
  const char *source;
  char id[17];

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail ((guint) fields->type < CH_N_EVENT_TYPES, NULL);

  self = ch_event_new ();
  self->type = fields->type;
  /* as ch_event_set_date() does, an invalid date leaves none */
  if (ch_day_is_valid (&fields->date))
    self->date = fields->date;
  else
    g_critical ("%s: invalid date", G_STRFUNC);
  roles_fit = fields->roles == NULL || fields->participants == NULL ||
              g_strv_length ((char **) fields->roles) == g_strv_length ((char **) fields->participants);
  if (!roles_fit)
    g_critical ("%s: not as many roles as participants", G_STRFUNC);
  countries = sorted_unique (fields->countries);
  topics = sorted_unique (fields->topics);

  G_LOCK (shared_strings);
#define SHARE(x) ((x) != NULL ? g_ref_string_new_intern (x) : NULL)
  self->date_text = SHARE (fields->date_text);
  self->location = SHARE (fields->location);
  self->location_country = SHARE (fields->location_country);
  self->venue = SHARE (fields->venue);
  self->occasion = SHARE (fields->occasion);
  self->source_title = SHARE (fields->source_title);
  self->dateline = SHARE (fields->dateline);
#undef SHARE
  if (roles_fit)
    {
      self->participants = dup_shared_strv_locked (fields->participants);
      self->roles = dup_shared_strv_locked (fields->roles);
    }
  self->mentions = dup_shared_strv_locked (fields->mentions);
  self->countries = dup_shared_strv_locked (countries);
  self->organizations = dup_shared_strv_locked (fields->organizations);
  self->topics = dup_shared_strv_locked (topics);
  self->sources = dup_shared_strv_locked (fields->sources);
  G_UNLOCK (shared_strings);

  /* as ch_event_set_evidence() does, offsets out of order set nothing */
  if (fields->evidence_start <= fields->evidence_end)
    {
      self->evidence_start = fields->evidence_start;
      self->evidence_end = fields->evidence_end;
      self->evidence = g_steal_pointer (&fields->evidence);
    }
  else
    {
      g_critical ("%s: evidence ends before it starts", G_STRFUNC);
      g_clear_pointer (&fields->evidence, g_free);
    }
  if (fields->document != NULL)
    self->document = g_object_ref (fields->document);
  self->reports = fields->reports;
  self->confidence = CLAMP (fields->confidence, 0.0, 1.0);

  source = self->sources != NULL && self->sources[0] != NULL ? self->sources[0] : "";
  make_id (source, self->evidence_start, self->evidence_end, id);
  self->event_id = g_strdup (id);

  return self;
}

/**
 * ch_event_compare:
 *
 * The order of EVENTS.md's CSV: by date (unknown dates last), then source,
 * then position of the evidence in the source.
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
ch_event_compare (ChEvent *a,
                  ChEvent *b)
{
  guint32 ka, kb;
  int cmp;

  g_return_val_if_fail (CH_IS_EVENT (a), 0);
  g_return_val_if_fail (CH_IS_EVENT (b), 0);

  ka = ch_day_sort_key (&a->date);
  kb = ch_day_sort_key (&b->date);
  if (ka != kb)
    return ka < kb ? -1 : 1;

  cmp = g_strcmp0 (a->sources != NULL ? a->sources[0] : NULL,
                   b->sources != NULL ? b->sources[0] : NULL);
  if (cmp != 0)
    return cmp;

  if (a->evidence_start != b->evidence_start)
    return a->evidence_start < b->evidence_start ? -1 : 1;

  return 0;
}

/**
 * ch_event_get_field_names:
 *
 * Returns: (transfer none): EVENTS.md's CSV columns, in order
 */
const char * const *
ch_event_get_field_names (void)
{
  return field_names;
}
