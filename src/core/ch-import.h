/* ch-import.h: files -> documents
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-document.h"

G_BEGIN_DECLS

#define CH_IMPORT_ERROR (ch_import_error_quark ())

typedef enum
{
  CH_IMPORT_ERROR_EMPTY,        /* the file has no text */
  CH_IMPORT_ERROR_BINARY,       /* not text: an image, an archive, an executable */
  CH_IMPORT_ERROR_ENCODING,     /* text in no encoding we can read */
  CH_IMPORT_ERROR_TOO_LARGE,    /* over the size cap */
  CH_IMPORT_ERROR_PARSE,        /* broken HTML or XML beyond recovery */
  CH_IMPORT_ERROR_NO_ITEMS,     /* a feed without items */
  CH_IMPORT_ERROR_UNSUPPORTED,  /* a kind of file Chancery does not read */
  CH_IMPORT_ERROR_IO,           /* missing, unreadable */
} ChImportError;

/* The largest file an importer reads, in bytes. */
#define CH_IMPORT_MAX_FILE_SIZE (64 * 1024 * 1024)

GQuark     ch_import_error_quark (void);

GPtrArray *ch_import_file        (const char    *path,
                                  GCancellable  *cancellable,
                                  GError       **error);
GPtrArray *ch_import_bytes       (GBytes        *bytes,
                                  const char    *uri,
                                  GError       **error);
char      *ch_import_to_utf8     (const char    *data,
                                  gsize          length,
                                  const char    *declared_charset,
                                  GError       **error);
void       ch_import_collect     (const char    *path,
                                  GPtrArray     *files,
                                  GPtrArray     *failures);

G_END_DECLS
