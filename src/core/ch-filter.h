/* ch-filter.h: facets, date range and free text over a corpus
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-corpus.h"

G_BEGIN_DECLS

/**
 * ChFacet:
 *
 * The facets an analyst filters by; each has a list of values.
 */
typedef enum
{
  CH_FACET_COUNTRY,
  CH_FACET_PARTICIPANT,
  CH_FACET_ORGANIZATION,
  CH_FACET_TOPIC,
  CH_FACET_TYPE,
} ChFacet;

#define CH_N_FACETS (CH_FACET_TYPE + 1)

/**
 * ChFilterChange:
 *
 * How the set of matching events changed, in the terms GtkFilterChange
 * uses, so that a view can refilter only what it must.
 */
typedef enum
{
  CH_FILTER_CHANGE_DIFFERENT,
  CH_FILTER_CHANGE_LESS_STRICT,
  CH_FILTER_CHANGE_MORE_STRICT,
} ChFilterChange;

/**
 * ChSortColumn:
 *
 * The orders the filtered model can present its events in.
 */
typedef enum
{
  CH_SORT_NONE,
  CH_SORT_DATE,
  CH_SORT_TYPE,
  CH_SORT_PARTICIPANTS,
  CH_SORT_PLACE,
  CH_SORT_TOPICS,
  CH_SORT_SOURCE,
  CH_SORT_CONFIDENCE,
} ChSortColumn;

#define CH_N_SORT_COLUMNS (CH_SORT_CONFIDENCE + 1)

#define CH_FILTER_NO_VALUE G_MAXUINT

#define CH_TYPE_FILTER (ch_filter_get_type ())

G_DECLARE_FINAL_TYPE (ChFilter, ch_filter, CH, FILTER, GObject)

ChFilter     *ch_filter_new              (ChCorpus      *corpus);
ChCorpus     *ch_filter_get_corpus       (ChFilter      *self);

guint         ch_filter_get_n_values     (ChFilter      *self,
                                          ChFacet        facet);
const char   *ch_filter_get_value        (ChFilter      *self,
                                          ChFacet        facet,
                                          guint          value_id);
guint         ch_filter_lookup_value     (ChFilter      *self,
                                          ChFacet        facet,
                                          const char    *value);
guint         ch_filter_get_total        (ChFilter      *self,
                                          ChFacet        facet,
                                          guint          value_id);
guint         ch_filter_get_count        (ChFilter      *self,
                                          ChFacet        facet,
                                          guint          value_id);

void          ch_filter_set_selected     (ChFilter      *self,
                                          ChFacet        facet,
                                          guint          value_id,
                                          gboolean       selected);
gboolean      ch_filter_get_selected     (ChFilter      *self,
                                          ChFacet        facet,
                                          guint          value_id);
guint        *ch_filter_dup_selected     (ChFilter      *self,
                                          ChFacet        facet,
                                          guint         *n_selected);
void          ch_filter_set_date_range   (ChFilter      *self,
                                          guint32        start,
                                          guint32        end);
void          ch_filter_get_date_range   (ChFilter      *self,
                                          guint32       *start,
                                          guint32       *end);
void          ch_filter_get_date_bounds  (ChFilter      *self,
                                          guint32       *first,
                                          guint32       *last);
void          ch_filter_set_text         (ChFilter      *self,
                                          const char    *text);
const char   *ch_filter_get_text         (ChFilter      *self);
void          ch_filter_clear            (ChFilter      *self);
gboolean      ch_filter_is_active        (ChFilter      *self);
gboolean      ch_filter_has_text_index   (ChFilter      *self);

gboolean      ch_filter_matches          (ChFilter      *self,
                                          guint          position);
guint         ch_filter_get_n_matches    (ChFilter      *self);
const guint64 *ch_filter_peek_matches    (ChFilter      *self,
                                          guint         *n_positions);

void          ch_filter_set_sort         (ChFilter      *self,
                                          ChSortColumn   column,
                                          gboolean       descending);
ChSortColumn  ch_filter_get_sort         (ChFilter      *self,
                                          gboolean      *descending);
guint         ch_filter_get_corpus_position (ChFilter   *self,
                                             guint       position);
guint         ch_filter_find_event       (ChFilter      *self,
                                          ChEvent       *event);

G_END_DECLS
