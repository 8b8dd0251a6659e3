/* ch-types.h: shared forward declarations and enumerations of the core
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ChCorpus    ChCorpus;
typedef struct _ChDocument  ChDocument;
typedef struct _ChEvent     ChEvent;
typedef struct _ChExtractor ChExtractor;
typedef struct _ChGazetteer ChGazetteer;

/**
 * ChEventType:
 *
 * The kinds of diplomatic interaction of EVENTS.md, in its table order.
 */
typedef enum
{
  CH_EVENT_TYPE_MEETING,
  CH_EVENT_TYPE_VISIT,
  CH_EVENT_TYPE_THIRD_COUNTRY,
  CH_EVENT_TYPE_PHONE_CALL,
  CH_EVENT_TYPE_AGREEMENT,
  CH_EVENT_TYPE_NEGOTIATION,
} ChEventType;

#define CH_N_EVENT_TYPES (CH_EVENT_TYPE_NEGOTIATION + 1)

typedef enum
{
  CH_DATE_PRECISION_NONE,
  CH_DATE_PRECISION_YEAR,
  CH_DATE_PRECISION_MONTH,
  CH_DATE_PRECISION_DAY,
} ChDatePrecision;

/**
 * ChEntityKind:
 *
 * What a highlighted span of a document is. The reader colours spans by
 * kind; the first six are the kinds DESIGN.md names.
 */
typedef enum
{
  CH_ENTITY_PERSON,
  CH_ENTITY_COUNTRY,
  CH_ENTITY_CITY,
  CH_ENTITY_ORGANIZATION,
  CH_ENTITY_DATE,
  CH_ENTITY_TOPIC,
  CH_ENTITY_VENUE,
  CH_ENTITY_INSTITUTION,
  CH_ENTITY_ROLE,
} ChEntityKind;

#define CH_N_ENTITY_KINDS (CH_ENTITY_ROLE + 1)

/**
 * ChDay:
 * @year: the year, or 0 when unknown
 * @month: 1-12, or 0 when unknown
 * @day: 1-31, or 0 when unknown
 *
 * A calendar date as precise as a text supports it.
 */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} ChDay;

/**
 * ChEntity:
 * @kind: what the span is
 * @start: byte offset of the span's first byte in the document text
 * @end: byte offset just past the span
 * @value: the canonical value (a person's canonical name, an ISO 3166
 *   code, a city name, an organization's acronym, an ISO date, a topic
 *   slug); an interned string
 */
typedef struct
{
  ChEntityKind kind;
  guint        start;
  guint        end;
  const char  *value;
} ChEntity;

const char      *ch_event_type_to_slug        (ChEventType      type);
gboolean         ch_event_type_from_slug      (const char      *slug,
                                               ChEventType     *type);
const char      *ch_event_type_to_cameo       (ChEventType      type);
const char      *ch_date_precision_to_string  (ChDatePrecision  precision);
const char      *ch_entity_kind_to_string     (ChEntityKind     kind);

ChDatePrecision  ch_day_get_precision         (const ChDay     *day);
char            *ch_day_format                (const ChDay     *day);
gboolean         ch_day_parse_iso             (const char      *text,
                                               ChDay           *day);
guint32          ch_day_sort_key              (const ChDay     *day);
gboolean         ch_day_is_valid              (const ChDay     *day);

G_END_DECLS
