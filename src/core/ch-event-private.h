/* ch-event-private.h: a new event with all its fields at once, for the
 * extractor
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-event.h"

G_BEGIN_DECLS

/* The fields of a new event, as the setters of ch-event.h take them. */
typedef struct
{
  ChEventType         type;
  ChDay               date;
  const char         *date_text;
  const char         *location;
  const char         *location_country;
  const char         *venue;
  const char         *occasion;
  const char * const *participants;
  const char * const *roles;
  const char * const *mentions;
  const char * const *countries;
  const char * const *organizations;
  const char * const *topics;
  const char * const *sources;
  const char         *source_title;
  char               *evidence;        /* (transfer full): the event takes it */
  guint               evidence_start;
  guint               evidence_end;
  const char         *dateline;
  ChDocument         *document;
  guint               reports;
  double              confidence;
} ChEventFields;

ChEvent *ch_event_new_with_fields (ChEventFields *fields);

G_END_DECLS
