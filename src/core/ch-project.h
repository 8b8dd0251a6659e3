/* ch-project.h: an investigation saved as a .chancery project file
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-types.h"

G_BEGIN_DECLS

/* The project file format this version writes and reads. */
#define CH_PROJECT_FORMAT_VERSION 1

/* Larger files are refused rather than read into memory. */
#define CH_PROJECT_MAX_SIZE (64 * 1024 * 1024)

#define CH_PROJECT_ERROR (ch_project_error_quark ())

typedef enum
{
  CH_PROJECT_ERROR_NOT_A_PROJECT,
  CH_PROJECT_ERROR_DAMAGED,
  CH_PROJECT_ERROR_TOO_OLD,
  CH_PROJECT_ERROR_TOO_NEW,
  CH_PROJECT_ERROR_TOO_LARGE,
  CH_PROJECT_ERROR_INVALID_DATA,
} ChProjectError;

#define CH_TYPE_PROJECT (ch_project_get_type ())

G_DECLARE_FINAL_TYPE (ChProject, ch_project, CH, PROJECT, GObject)

GQuark               ch_project_error_quark          (void);

ChProject           *ch_project_new                  (void);
ChProject           *ch_project_load                 (GFile              *file,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
ChProject           *ch_project_new_from_data        (const char         *data,
                                                      gsize               length,
                                                      const char         *display_name,
                                                      GError            **error);
gboolean             ch_project_save                 (ChProject          *self,
                                                      GFile              *file,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
GBytes              *ch_project_serialize            (ChProject          *self,
                                                      GError            **error);

const char * const  *ch_project_get_sources          (ChProject          *self);
void                 ch_project_set_sources          (ChProject          *self,
                                                      const char * const *paths);

char               **ch_project_dup_filter_facets    (ChProject          *self);
const char * const  *ch_project_get_filter           (ChProject          *self,
                                                      const char         *facet);
void                 ch_project_set_filter           (ChProject          *self,
                                                      const char         *facet,
                                                      const char * const *values);
void                 ch_project_clear_filters        (ChProject          *self);

void                 ch_project_get_date_range       (ChProject          *self,
                                                      ChDay              *start,
                                                      ChDay              *end);
void                 ch_project_set_date_range       (ChProject          *self,
                                                      const ChDay        *start,
                                                      const ChDay        *end);

const char          *ch_project_get_search_text      (ChProject          *self);
void                 ch_project_set_search_text      (ChProject          *self,
                                                      const char         *text);

const char          *ch_project_get_timeline_lanes   (ChProject          *self);
void                 ch_project_set_timeline_lanes   (ChProject          *self,
                                                      const char         *lanes);

const char * const  *ch_project_get_selected_events  (ChProject          *self);
void                 ch_project_set_selected_events  (ChProject          *self,
                                                      const char * const *event_ids);

const char * const  *ch_project_get_alias_splits     (ChProject          *self);
void                 ch_project_set_alias_splits     (ChProject          *self,
                                                      const char * const *spellings);

G_END_DECLS
