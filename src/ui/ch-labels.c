/* ch-labels.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-labels"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ch-labels.h"
#include "ch-locale.h"

/* Slugs and codes are the data (EVENTS.md); these are their translated
 * names for the screen. */

static const char * const type_labels[CH_N_EVENT_TYPES] = {
  N_("Meeting"),
  N_("Visit"),
  N_("Meeting in a third country"),
  N_("Phone call"),
  N_("Agreement"),
  N_("Negotiation"),
};

static const struct {
  const char *slug;
  const char *label;
} topic_labels[] = {
  { "trade", N_("Trade") },
  { "investment", N_("Investment") },
  { "finance", N_("Finance") },
  { "energy", N_("Energy") },
  { "industry", N_("Industry") },
  { "agriculture", N_("Agriculture") },
  { "health", N_("Health") },
  { "technology", N_("Technology") },
  { "connectivity", N_("Connectivity") },
  { "defense", N_("Defense") },
  { "security", N_("Security") },
  { "peace", N_("Peace") },
  { "water", N_("Water") },
  { "climate", N_("Climate") },
  { "education_culture", N_("Education and culture") },
  { "governance", N_("Governance") },
  { "parliamentary", N_("Parliamentary") },
  { "multilateral", N_("Multilateral") },
};

/**
 * ch_label_for_country:
 * @code: an ISO 3166-1 alpha-2 code
 *
 * Returns: the country's name in the user's language; names are looked up
 *   once and kept, since list cells ask for them on every bind
 */
const char *
ch_label_for_country (const char *code)
{
  static GHashTable *names;
  const char *name;

  g_return_val_if_fail (code != NULL, NULL);

  if (names == NULL)
    names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  name = g_hash_table_lookup (names, code);
  if (name == NULL)
    {
      char *display = ch_country_display_name (code);

      if (display == NULL)
        display = g_strdup (code);
      g_hash_table_insert (names, g_strdup (code), display);
      name = display;
    }
  return name;
}

const char *
ch_label_for_type (ChEventType type)
{
  g_return_val_if_fail ((guint) type < CH_N_EVENT_TYPES, NULL);
  return _(type_labels[type]);
}

const char *
ch_label_for_type_slug (const char *slug)
{
  ChEventType type;

  g_return_val_if_fail (slug != NULL, NULL);

  if (ch_event_type_from_slug (slug, &type))
    return ch_label_for_type (type);
  return slug;
}

const char *
ch_label_for_topic (const char *slug)
{
  g_return_val_if_fail (slug != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (topic_labels); i++)
    if (strcmp (topic_labels[i].slug, slug) == 0)
      return _(topic_labels[i].label);
  return slug;
}

const char *
ch_label_for_facet (ChFacet facet)
{
  switch (facet)
    {
    case CH_FACET_COUNTRY:
      return _("Countries");
    case CH_FACET_PARTICIPANT:
      return _("Participants");
    case CH_FACET_ORGANIZATION:
      return _("Organizations");
    case CH_FACET_TOPIC:
      return _("Topics");
    case CH_FACET_TYPE:
      return _("Event Types");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ch_label_for_value (ChFacet     facet,
                    const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  switch (facet)
    {
    case CH_FACET_COUNTRY:
      return ch_label_for_country (value);
    case CH_FACET_TOPIC:
      return ch_label_for_topic (value);
    case CH_FACET_TYPE:
      return ch_label_for_type_slug (value);
    case CH_FACET_PARTICIPANT:
    case CH_FACET_ORGANIZATION:
    default:
      return value;
    }
}

char *
ch_label_for_topics (const char * const *slugs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; slugs != NULL && slugs[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, ch_label_for_topic (slugs[i]));
    }
  return g_string_free (out, FALSE);
}

char *
ch_label_for_countries (const char * const *codes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, ch_label_for_country (codes[i]));
    }
  return g_string_free (out, FALSE);
}

/**
 * ch_label_for_date:
 * @day: a date, as precise as the text gave it
 *
 * Returns: (transfer full) (nullable): the date as the user's locale writes
 *   it ("6 Jun 2015", "6 июн. 2015"), keeping its precision (a day, a month
 *   or a year only), or %NULL when there is no date. Entries where people
 *   type dates keep ISO 8601; sorting uses the date itself.
 */
char *
ch_label_for_date (const ChDay *day)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (day != NULL, NULL);

  switch (ch_day_get_precision (day))
    {
    case CH_DATE_PRECISION_DAY:
      date = g_date_time_new_utc (day->year, day->month, day->day, 0, 0, 0);
      /* Translators: the Date column's format for a day, see g_date_time_format() */
      return g_date_time_format (date, C_("event date", "%-d %b %Y"));
    case CH_DATE_PRECISION_MONTH:
      date = g_date_time_new_utc (day->year, day->month, 1, 0, 0, 0);
      /* Translators: the Date column's format for a month, see g_date_time_format() */
      return g_date_time_format (date, C_("event date", "%b %Y"));
    case CH_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%u", day->year);
    case CH_DATE_PRECISION_NONE:
    default:
      return NULL;
    }
}
