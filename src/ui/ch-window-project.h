/* ch-window-project.h: saving and opening investigations as project files
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-project.h"
#include "ch-window.h"

G_BEGIN_DECLS

/* The MIME type of .chancery files (data/…mime.xml.in). */
#define CH_PROJECT_MIME_TYPE "application/x-chancery-project"

ChProject *ch_window_capture_project (ChWindow   *self);
void       ch_window_apply_project   (ChWindow   *self,
                                      ChProject  *project);
gboolean   ch_window_save_project    (ChWindow   *self,
                                      GFile      *file,
                                      GError    **error);
gboolean   ch_window_open_project    (ChWindow   *self,
                                      GFile      *file,
                                      GError    **error);
void       ch_window_open_project_file (ChWindow *self,
                                        GFile    *file);
gboolean   ch_window_is_opening_project (ChWindow *self);
void       ch_window_open_from_outside (ChWindow  *self,
                                        GFile    **files,
                                        guint      n_files);
gboolean   ch_file_is_project        (GFile      *file);

void       _ch_window_class_project_init (GtkWidgetClass *widget_class);

G_END_DECLS
