/* ch-document.h: one source text
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-types.h"

G_BEGIN_DECLS

#define CH_TYPE_DOCUMENT (ch_document_get_type ())

G_DECLARE_FINAL_TYPE (ChDocument, ch_document, CH, DOCUMENT, GObject)

ChDocument     *ch_document_new               (const char     *uri,
                                               const char     *title,
                                               const char     *text);
const char     *ch_document_get_uri           (ChDocument     *self);
const char     *ch_document_get_title         (ChDocument     *self);
void            ch_document_set_title         (ChDocument     *self,
                                               const char     *title);
const char     *ch_document_get_text          (ChDocument     *self);
gsize           ch_document_get_text_length   (ChDocument     *self);
const char     *ch_document_get_link          (ChDocument     *self);
void            ch_document_set_link          (ChDocument     *self,
                                               const char     *link);
const ChDay    *ch_document_get_date          (ChDocument     *self);
void            ch_document_set_date          (ChDocument     *self,
                                               const ChDay    *date);
const char     *ch_document_get_dateline      (ChDocument     *self);
void            ch_document_set_dateline      (ChDocument     *self,
                                               const char     *dateline);
void            ch_document_add_entity        (ChDocument     *self,
                                               ChEntityKind    kind,
                                               guint           start,
                                               guint           end,
                                               const char     *value);
void            ch_document_add_interned_entities (ChDocument     *self,
                                                   const ChEntity *entities,
                                                   guint           n_entities);
const ChEntity *ch_document_get_entities      (ChDocument     *self,
                                               guint          *n_entities);
void            ch_document_clear_entities    (ChDocument     *self);
glong           ch_document_char_offset       (ChDocument     *self,
                                               guint           byte_offset);

G_END_DECLS
