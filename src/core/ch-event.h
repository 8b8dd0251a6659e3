/* ch-event.h: one diplomatic event, with the fields of EVENTS.md
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-types.h"
#include "ch-document.h"

G_BEGIN_DECLS

#define CH_TYPE_EVENT (ch_event_get_type ())

G_DECLARE_FINAL_TYPE (ChEvent, ch_event, CH, EVENT, GObject)

ChEvent            *ch_event_new                  (void);

const char         *ch_event_get_event_id         (ChEvent            *self);
void                ch_event_set_event_id         (ChEvent            *self,
                                                   const char         *event_id);
const ChDay        *ch_event_get_date             (ChEvent            *self);
void                ch_event_set_date             (ChEvent            *self,
                                                   const ChDay        *date);
ChDatePrecision     ch_event_get_date_precision   (ChEvent            *self);
const char         *ch_event_get_date_text        (ChEvent            *self);
void                ch_event_set_date_text        (ChEvent            *self,
                                                   const char         *date_text);
ChEventType         ch_event_get_event_type       (ChEvent            *self);
void                ch_event_set_event_type       (ChEvent            *self,
                                                   ChEventType         type);
const char         *ch_event_get_location         (ChEvent            *self);
void                ch_event_set_location         (ChEvent            *self,
                                                   const char         *location);
const char         *ch_event_get_location_country (ChEvent            *self);
void                ch_event_set_location_country (ChEvent            *self,
                                                   const char         *iso_code);
const char         *ch_event_get_venue            (ChEvent            *self);
void                ch_event_set_venue            (ChEvent            *self,
                                                   const char         *venue);
const char         *ch_event_get_occasion         (ChEvent            *self);
void                ch_event_set_occasion         (ChEvent            *self,
                                                   const char         *occasion);
const char * const *ch_event_get_participants     (ChEvent            *self);
const char * const *ch_event_get_roles            (ChEvent            *self);
void                ch_event_set_participants     (ChEvent            *self,
                                                   const char * const *participants,
                                                   const char * const *roles);
const char * const *ch_event_get_mentions         (ChEvent            *self);
void                ch_event_set_mentions         (ChEvent            *self,
                                                   const char * const *mentions);
const char * const *ch_event_get_countries        (ChEvent            *self);
void                ch_event_set_countries        (ChEvent            *self,
                                                   const char * const *countries);
const char * const *ch_event_get_organizations    (ChEvent            *self);
void                ch_event_set_organizations    (ChEvent            *self,
                                                   const char * const *organizations);
const char * const *ch_event_get_topics           (ChEvent            *self);
void                ch_event_set_topics           (ChEvent            *self,
                                                   const char * const *topics);
const char * const *ch_event_get_sources          (ChEvent            *self);
void                ch_event_set_sources          (ChEvent            *self,
                                                   const char * const *sources);
const char         *ch_event_get_source_title     (ChEvent            *self);
void                ch_event_set_source_title     (ChEvent            *self,
                                                   const char         *source_title);
const char         *ch_event_get_evidence         (ChEvent            *self);
void                ch_event_set_evidence         (ChEvent            *self,
                                                   const char         *evidence,
                                                   guint               start,
                                                   guint               end);
guint               ch_event_get_evidence_start   (ChEvent            *self);
guint               ch_event_get_evidence_end     (ChEvent            *self);
double              ch_event_get_confidence       (ChEvent            *self);
void                ch_event_set_confidence       (ChEvent            *self,
                                                   double              confidence);
const char         *ch_event_get_dateline         (ChEvent            *self);
void                ch_event_set_dateline         (ChEvent            *self,
                                                   const char         *dateline);
guint               ch_event_get_reports          (ChEvent            *self);
void                ch_event_set_reports          (ChEvent            *self,
                                                   guint               reports);
ChDocument         *ch_event_get_document         (ChEvent            *self);
void                ch_event_set_document         (ChEvent            *self,
                                                   ChDocument         *document);

char               *ch_event_join                 (const char * const *values);
char               *ch_event_dup_field            (ChEvent            *self,
                                                   const char         *field);
void                ch_event_compute_id           (ChEvent            *self);
int                 ch_event_compare              (ChEvent            *a,
                                                   ChEvent            *b);

const char * const *ch_event_get_field_names      (void);

G_END_DECLS
