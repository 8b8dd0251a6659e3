/* ch-types.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-types"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-types.h"

static const struct
{
  const char *slug;
  const char *cameo;
} event_types[CH_N_EVENT_TYPES] = {
  [CH_EVENT_TYPE_MEETING]       = { "meeting", "040" },
  [CH_EVENT_TYPE_VISIT]         = { "visit", "042" },
  [CH_EVENT_TYPE_THIRD_COUNTRY] = { "third_country", "044" },
  [CH_EVENT_TYPE_PHONE_CALL]    = { "phone_call", "041" },
  [CH_EVENT_TYPE_AGREEMENT]     = { "agreement", "057" },
  [CH_EVENT_TYPE_NEGOTIATION]   = { "negotiation", "046" },
};

static const char *entity_kinds[CH_N_ENTITY_KINDS] = {
  [CH_ENTITY_PERSON]       = "person",
  [CH_ENTITY_COUNTRY]      = "country",
  [CH_ENTITY_CITY]         = "city",
  [CH_ENTITY_ORGANIZATION] = "organization",
  [CH_ENTITY_DATE]         = "date",
  [CH_ENTITY_TOPIC]        = "topic",
  [CH_ENTITY_VENUE]        = "venue",
  [CH_ENTITY_INSTITUTION]  = "institution",
  [CH_ENTITY_ROLE]         = "role",
};

const char *
ch_event_type_to_slug (ChEventType type)
{
  g_return_val_if_fail ((guint) type < CH_N_EVENT_TYPES, NULL);

  return event_types[type].slug;
}

gboolean
ch_event_type_from_slug (const char  *slug,
                         ChEventType *type)
{
  g_return_val_if_fail (slug != NULL, FALSE);

  for (guint i = 0; i < CH_N_EVENT_TYPES; i++)
    {
      if (strcmp (event_types[i].slug, slug) == 0)
        {
          if (type != NULL)
            *type = (ChEventType) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ch_event_type_to_cameo (ChEventType type)
{
  g_return_val_if_fail ((guint) type < CH_N_EVENT_TYPES, NULL);

  return event_types[type].cameo;
}

const char *
ch_date_precision_to_string (ChDatePrecision precision)
{
  switch (precision)
    {
    case CH_DATE_PRECISION_DAY:
      return "day";
    case CH_DATE_PRECISION_MONTH:
      return "month";
    case CH_DATE_PRECISION_YEAR:
      return "year";
    case CH_DATE_PRECISION_NONE:
    default:
      return "";
    }
}

const char *
ch_entity_kind_to_string (ChEntityKind kind)
{
  g_return_val_if_fail ((guint) kind < CH_N_ENTITY_KINDS, NULL);

  return entity_kinds[kind];
}

ChDatePrecision
ch_day_get_precision (const ChDay *day)
{
  g_return_val_if_fail (day != NULL, CH_DATE_PRECISION_NONE);

  if (day->year == 0)
    return CH_DATE_PRECISION_NONE;
  if (day->month == 0)
    return CH_DATE_PRECISION_YEAR;
  if (day->day == 0)
    return CH_DATE_PRECISION_MONTH;
  return CH_DATE_PRECISION_DAY;
}

gboolean
ch_day_is_valid (const ChDay *day)
{
  g_return_val_if_fail (day != NULL, FALSE);

  if (day->year == 0)
    return day->month == 0 && day->day == 0;
  if (day->year > 9999 || day->month > 12)
    return FALSE;
  if (day->month == 0)
    return day->day == 0;
  if (day->day == 0)
    return TRUE;
  return g_date_valid_dmy (day->day, day->month, day->year);
}

/**
 * ch_day_format:
 * @day: a #ChDay
 *
 * Returns: (transfer full): `2025-04-06`, `2023-02`, `2021`, or an empty
 *   string when the year is unknown.
 */
char *
ch_day_format (const ChDay *day)
{
  g_return_val_if_fail (day != NULL, NULL);

  switch (ch_day_get_precision (day))
    {
    case CH_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u-%02u-%02u", day->year, day->month, day->day);
    case CH_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", day->year, day->month);
    case CH_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", day->year);
    case CH_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }
}

static gboolean
parse_digits (const char  *p,
              guint        n,
              guint       *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (guint) (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

/**
 * ch_day_parse_iso:
 * @text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @day: (out): where to store the result
 *
 * Returns: %TRUE when @text is one of those forms and a real date
 */
gboolean
ch_day_parse_iso (const char *text,
                  ChDay      *day)
{
  ChDay d = { 0 };
  guint y, m = 0, dd = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  len = strlen (text);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (text, 4, &y) || y == 0)
    return FALSE;
  if (len >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &m) || m == 0))
    return FALSE;
  if (len == 10 && (text[7] != '-' || !parse_digits (text + 8, 2, &dd) || dd == 0))
    return FALSE;

  d.year = (guint16) y;
  d.month = (guint8) m;
  d.day = (guint8) dd;
  if (!ch_day_is_valid (&d))
    return FALSE;

  *day = d;
  return TRUE;
}

/**
 * ch_day_sort_key:
 * @day: a #ChDay
 *
 * Returns: a key that orders dates chronologically, a coarser date before
 *   the finer ones inside it, and unknown dates after every known one.
 */
guint32
ch_day_sort_key (const ChDay *day)
{
  g_return_val_if_fail (day != NULL, G_MAXUINT32);

  if (day->year == 0)
    return G_MAXUINT32;
  return (guint32) day->year * 10000u + (guint32) day->month * 100u + day->day;
}
