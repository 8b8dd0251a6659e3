/* ch-alias.h: one canonical name per person across a corpus
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ch-types.h"

G_BEGIN_DECLS

#define CH_TYPE_ALIASES (ch_aliases_get_type ())

G_DECLARE_FINAL_TYPE (ChAliases, ch_aliases, CH, ALIASES, GObject)

ChAliases   *ch_aliases_new             (void);
void         ch_aliases_rebuild         (ChAliases          *self,
                                         GPtrArray          *events);
const char  *ch_aliases_lookup          (ChAliases          *self,
                                         const char         *spelling);
char       **ch_aliases_dup_spellings   (ChAliases          *self,
                                         const char         *canonical);
void         ch_aliases_split           (ChAliases          *self,
                                         const char         *spelling);
void         ch_aliases_unsplit         (ChAliases          *self,
                                         const char         *spelling);
char       **ch_aliases_dup_splits      (ChAliases          *self);
void         ch_aliases_take            (ChAliases          *self,
                                         ChAliases          *other);

char        *ch_alias_name_key          (const char         *name);
gboolean     ch_alias_names_match       (const char         *a,
                                         const char         *b);

G_END_DECLS
