/* ch-csv.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-csv"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-csv.h"

/*
 * The CSV of EVENTS.md: RFC 4180 (a field is quoted when it holds a quote,
 * a comma, CR or LF, and quotes inside are doubled), CRLF line ends, UTF-8,
 * the 21 columns of ch_event_get_field_names() in a header row.
 *
 * A cell that starts with '=', '+', '-', '@', TAB or CR gets a leading
 * single quote, because spreadsheets run such cells as formulas ("CSV
 * injection"): an article title such as "=HYPERLINK(...)" must reach the
 * analyst as text.
 *
 * Rows are built in a GString and handed to the stream in chunks, so that
 * a million events cost a few hundred writes, not twenty million.
 */

#define FLUSH_THRESHOLD (256 * 1024)
#define CANCEL_CHECK_ROWS 1024

static const char utf8_bom[] = "\xef\xbb\xbf";

static gboolean
needs_guard (const char *value)
{
  g_assert (value != NULL);

  switch (value[0])
    {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
append_cell (GString    *out,
             const char *value)
{
  gboolean quote;

  g_assert (out != NULL);

  if (value == NULL)
    value = "";

  quote = strpbrk (value, "\",\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (needs_guard (value))
    g_string_append_c (out, '\'');

  if (quote)
    {
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, value);
    }
}

static gboolean
flush (GOutputStream  *stream,
       GString        *buffer,
       GCancellable   *cancellable,
       GError        **error)
{
  g_assert (G_IS_OUTPUT_STREAM (stream));
  g_assert (buffer != NULL);

  if (buffer->len == 0)
    return TRUE;

  if (!g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error))
    return FALSE;

  g_string_truncate (buffer, 0);

  return TRUE;
}

/**
 * ch_csv_format_cell:
 * @value: (nullable): a cell's text, as ch_event_dup_field() gives it
 *
 * Returns: (transfer full): @value as it is written in the CSV: guarded
 *   against formulas and quoted where RFC 4180 asks for it
 */
char *
ch_csv_format_cell (const char *value)
{
  GString *out = g_string_new (NULL);

  append_cell (out, value);

  return g_string_free (out, FALSE);
}

/**
 * ch_csv_append_header:
 *
 * Appends the header row of EVENTS.md, with its CRLF.
 */
void
ch_csv_append_header (GString *out)
{
  const char * const *names = ch_event_get_field_names ();

  g_return_if_fail (out != NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_cell (out, names[i]);
    }
  g_string_append (out, "\r\n");
}

/**
 * ch_csv_append_row:
 *
 * Appends @event as one CSV row, with its CRLF.
 */
void
ch_csv_append_row (GString *out,
                   ChEvent *event)
{
  const char * const *names = ch_event_get_field_names ();

  g_return_if_fail (out != NULL);
  g_return_if_fail (CH_IS_EVENT (event));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *value = ch_event_dup_field (event, names[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      append_cell (out, value);
    }
  g_string_append (out, "\r\n");
}

/**
 * ch_csv_write:
 * @out: where to write
 * @events: a list of #ChEvent, in the order the rows are to have
 * @bom: whether to begin with a UTF-8 byte order mark, which Microsoft
 *   Excel needs to read UTF-8
 *
 * Writes the header and one row per event to @out. @out is not closed.
 *
 * Returns: %TRUE when everything was written
 */
gboolean
ch_csv_write (GOutputStream  *out,
              GListModel     *events,
              gboolean        bom,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(GString) buffer = NULL;
  guint n_items;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_type_is_a (g_list_model_get_item_type (events), CH_TYPE_EVENT))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "The list to write holds %s items, not events",
                   g_type_name (g_list_model_get_item_type (events)));
      return FALSE;
    }

  buffer = g_string_sized_new (FLUSH_THRESHOLD + 4096);
  if (bom)
    g_string_append (buffer, utf8_bom);
  ch_csv_append_header (buffer);

  n_items = g_list_model_get_n_items (events);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (events, i);

      if (i % CANCEL_CHECK_ROWS == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      ch_csv_append_row (buffer, event);

      if (buffer->len >= FLUSH_THRESHOLD && !flush (out, buffer, cancellable, error))
        return FALSE;
    }

  return flush (out, buffer, cancellable, error);
}

/**
 * ch_csv_save_full:
 * @path: the file to write
 * @events: a list of #ChEvent, in the order the rows are to have
 * @bom: whether to begin with a UTF-8 byte order mark
 *
 * Writes @events to @path atomically: the rows go to a temporary file
 * beside @path that replaces it only once everything was written, so an
 * error or a crash midway leaves an existing @path as it was, and no
 * temporary file stays behind after an error.
 *
 * Returns: %TRUE on success
 */
gboolean
ch_csv_save_full (const char    *path,
                  GListModel    *events,
                  gboolean       bom,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *resolved = NULL;
  gboolean existed;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Write through a symbolic link to the file it names, as an editor
   * would, rather than replacing the link with a plain file. */
  resolved = realpath (path, NULL);
  file = g_file_new_for_path (resolved != NULL ? resolved : path);
  existed = g_file_query_exists (file, NULL);

  /* REPLACE_DESTINATION makes GIO write a temporary file and rename it
   * over @path even when @path has other hard links; without it GIO
   * truncates such a file in place, and a failure midway would lose it. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "Could not write “%s”: %s", path, local_error->message);
      return FALSE;
    }

  if (!ch_csv_write (G_OUTPUT_STREAM (stream), events, bom, cancellable, &local_error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing with a cancelled cancellable is how GIO is told to throw
       * the temporary file away instead of moving it over @path. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);

      /* A file that did not exist before is written in place (there is
       * nothing to keep whole), so a half-written one is removed. */
      if (!existed)
        g_file_delete (file, NULL, NULL);

      g_set_error (error, local_error->domain, local_error->code,
                   "Could not write “%s”: %s", path, local_error->message);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "Could not write “%s”: %s", path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ch_csv_save:
 *
 * ch_csv_save_full() without a cancellable.
 */
gboolean
ch_csv_save (const char  *path,
             GListModel  *events,
             gboolean     bom,
             GError     **error)
{
  return ch_csv_save_full (path, events, bom, NULL, error);
}
