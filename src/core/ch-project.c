/* ch-project.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-project"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "ch-project.h"
#include "ch-xml.h"

/*
 * A ChProject is an investigation the user can save and come back to: the
 * files and folders of the corpus, the filters (facet values, a date range
 * and the search text), how the timeline groups its lanes, the selected
 * events and the user's decisions about aliases (spellings split off from
 * the person they were merged with).
 *
 * The file is XML:
 *
 *   <chancery-project version="1">
 *     <sources><source>/home/ana/Статьи</source></sources>
 *     <filters>
 *       <facet name="country"><value>RU</value><value>PK</value></facet>
 *       <date-range start="2024-03" end="2024-12-31"/>
 *       <search>energy</search>
 *     </filters>
 *     <timeline lanes="participant"/>
 *     <selection><event>…id…</event></selection>
 *     <aliases><split>…spelling…</split></aliases>
 *   </chancery-project>
 *
 * Free text always goes in element content, never in attributes, because
 * XML folds newlines and tabs in attribute values. A path that is not
 * UTF-8 (file names are bytes on Linux) is written percent-escaped with
 * encoding="percent", so any path survives the round trip.
 *
 * A project file comes from anywhere (a mail attachment, a download), so
 * it is read defensively: bounded size, no DTD at all (no entities, so no
 * entity expansion or external entity), no network, and every problem
 * reported as a GError that names the file and the reason.
 */

struct _ChProject
{
  GObject      parent_instance;

  char       **sources;
  GHashTable  *filters;          /* facet name -> char ** of values */
  ChDay        date_start;
  ChDay        date_end;
  char        *search_text;
  char        *timeline_lanes;
  char       **selected_events;
  char       **alias_splits;
};

G_DEFINE_FINAL_TYPE (ChProject, ch_project, G_TYPE_OBJECT)

G_DEFINE_QUARK (ch-project-error-quark, ch_project_error)

static const char * const empty_strv[] = { NULL };

/* Helpers */

static char **
copy_strv (const char * const *strv)
{
  if (strv == NULL)
    return g_new0 (char *, 1);
  return g_strdupv ((char **) strv);
}

static gboolean
is_identifier (const char *name)
{
  g_assert (name != NULL);

  if (*name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* XML 1.0 cannot carry most control characters, not even escaped. */
static gboolean
is_xml_text (const char *text)
{
  const char *p;

  g_assert (text != NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return FALSE;
      if (c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  g_assert (text != NULL);
  g_assert (what != NULL);

  if (is_xml_text (text))
    return TRUE;
  g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID_DATA,
               /* Translators: %s is a part of a project, such as “the search text” */
               _("%s contains control characters that a project file cannot hold"), what);
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char **
sorted_facets (ChProject *self)
{
  g_autofree const char **keys = NULL;
  guint n = 0;
  char **result;

  g_assert (CH_IS_PROJECT (self));

  keys = (const char **) g_hash_table_get_keys_as_array (self->filters, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  result = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    result[i] = g_strdup (keys[i]);
  return result;
}

/* Writing */

#define WRITE_OK(call) G_STMT_START { if ((call) < 0) goto failed; } G_STMT_END

static int
write_text_element (xmlTextWriterPtr  writer,
                    const char       *name,
                    const char       *text)
{
  g_assert (writer != NULL);

  return xmlTextWriterWriteElement (writer, BAD_CAST name, BAD_CAST text);
}

static int
write_source (xmlTextWriterPtr  writer,
              const char       *path)
{
  g_autofree char *escaped = NULL;

  g_assert (writer != NULL);

  if (is_xml_text (path))
    return write_text_element (writer, "source", path);

  escaped = g_uri_escape_bytes ((const guint8 *) path, strlen (path), "/");
  if (xmlTextWriterStartElement (writer, BAD_CAST "source") < 0 ||
      xmlTextWriterWriteAttribute (writer, BAD_CAST "encoding", BAD_CAST "percent") < 0 ||
      xmlTextWriterWriteString (writer, BAD_CAST escaped) < 0)
    return -1;
  return xmlTextWriterEndElement (writer);
}

static gboolean
check_contents (ChProject  *self,
                GError    **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert (CH_IS_PROJECT (self));

  if (!check_text (self->search_text, _("The search text"), error))
    return FALSE;

  g_hash_table_iter_init (&iter, self->filters);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (char **v = value; *v; v++)
      if (!check_text (*v, _("A filter value"), error))
        return FALSE;

  for (char **v = self->selected_events; *v; v++)
    if (!check_text (*v, _("An event identifier"), error))
      return FALSE;

  for (char **v = self->alias_splits; *v; v++)
    if (!check_text (*v, _("An alias decision"), error))
      return FALSE;

  return TRUE;
}

/* Reading */

typedef struct
{
  const char *display_name;
  GError    **error;
} ReadContext;

static void
ensure_libxml (void)
{
  /* Nothing a project reads may come from another file or the network. */
  ch_xml_init ();
}

static void
set_read_error (ReadContext    *rc,
                ChProjectError  code,
                const char     *reason)
{
  g_assert (rc != NULL);

  g_set_error (rc->error, CH_PROJECT_ERROR, code,
               /* Translators: the first %s is a file name, the second the reason */
               _("Could not open “%s”: %s"), rc->display_name, reason);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *result = g_strdup ((const char *) value);

  xmlFree (value);
  return result;
}

/* The text of an element: its text and CDATA children only. */
static char *
dup_text (xmlNode *node)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *child = node->children; child; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != NULL)
      g_string_append (text, (const char *) child->content);
  return g_string_free (text, FALSE);
}

static char **
read_text_list (xmlNode    *parent,
                const char *name)
{
  GPtrArray *list = g_ptr_array_new ();

  for (xmlNode *child = parent->children; child; child = child->next)
    if (is_element (child, name))
      g_ptr_array_add (list, dup_text (child));
  g_ptr_array_add (list, NULL);
  return (char **) g_ptr_array_free (list, FALSE);
}

static gboolean
read_sources (ChProject   *self,
              xmlNode     *parent,
              ReadContext *rc)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *child = parent->children; child; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *encoding = NULL;

      if (!is_element (child, "source"))
        continue;
      text = dup_text (child);
      encoding = dup_attribute (child, "encoding");
      if (encoding != NULL && strcmp (encoding, "percent") == 0)
        {
          g_autoptr(GBytes) bytes = g_uri_unescape_bytes (text, -1, NULL, NULL);
          gsize len = 0;
          const char *data = bytes ? g_bytes_get_data (bytes, &len) : NULL;

          if (data == NULL || memchr (data, '\0', len) != NULL)
            {
              set_read_error (rc, CH_PROJECT_ERROR_DAMAGED,
                              _("a corpus source is not a valid file name"));
              return FALSE;
            }
          g_ptr_array_add (list, g_strndup (data, len));
        }
      else if (encoding != NULL)
        {
          set_read_error (rc, CH_PROJECT_ERROR_DAMAGED,
                          _("a corpus source has an unknown encoding"));
          return FALSE;
        }
      else
        g_ptr_array_add (list, g_steal_pointer (&text));
    }
  g_ptr_array_add (list, NULL);
  g_strfreev (self->sources);
  self->sources = (char **) g_ptr_array_steal (list, NULL);
  return TRUE;
}

static gboolean
read_day (const char  *text,
          ChDay       *day,
          ReadContext *rc)
{
  g_assert (day != NULL);

  memset (day, 0, sizeof *day);
  if (text == NULL || *text == '\0')
    return TRUE;
  if (ch_day_parse_iso (text, day))
    return TRUE;

  {
    g_autofree char *reason = g_strdup_printf (_("“%s” in the date range is not a date"), text);
    set_read_error (rc, CH_PROJECT_ERROR_DAMAGED, reason);
  }
  return FALSE;
}

static gboolean
read_filters (ChProject   *self,
              xmlNode     *parent,
              ReadContext *rc)
{
  for (xmlNode *child = parent->children; child; child = child->next)
    {
      if (is_element (child, "facet"))
        {
          g_autofree char *name = dup_attribute (child, "name");

          if (name == NULL || !is_identifier (name))
            {
              set_read_error (rc, CH_PROJECT_ERROR_DAMAGED, _("a filter has no valid facet name"));
              return FALSE;
            }
          g_hash_table_replace (self->filters, g_steal_pointer (&name),
                                read_text_list (child, "value"));
        }
      else if (is_element (child, "date-range"))
        {
          g_autofree char *start = dup_attribute (child, "start");
          g_autofree char *end = dup_attribute (child, "end");

          if (!read_day (start, &self->date_start, rc) || !read_day (end, &self->date_end, rc))
            return FALSE;
        }
      else if (is_element (child, "search"))
        {
          g_free (self->search_text);
          self->search_text = dup_text (child);
        }
    }
  return TRUE;
}

static gboolean
read_version (xmlNode     *root,
              ReadContext *rc)
{
  g_autofree char *version = dup_attribute (root, "version");
  guint64 number = 0;

  if (version == NULL ||
      !g_ascii_string_to_unsigned (version, 10, 0, G_MAXUINT32, &number, NULL))
    {
      set_read_error (rc, CH_PROJECT_ERROR_DAMAGED, _("it has no valid format version"));
      return FALSE;
    }
  if (number < CH_PROJECT_FORMAT_VERSION)
    {
      g_autofree char *reason =
        g_strdup_printf (_("it uses project format %s, which this version of Chancery no longer reads"),
                         version);
      set_read_error (rc, CH_PROJECT_ERROR_TOO_OLD, reason);
      return FALSE;
    }
  if (number > CH_PROJECT_FORMAT_VERSION)
    {
      g_autofree char *reason =
        g_strdup_printf (_("it was saved by a newer version of Chancery (project format %s; "
                           "this version reads format %d)"),
                         version, CH_PROJECT_FORMAT_VERSION);
      set_read_error (rc, CH_PROJECT_ERROR_TOO_NEW, reason);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_document (ChProject   *self,
               xmlDoc      *doc,
               ReadContext *rc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root != NULL && root->type == XML_ELEMENT_NODE && root->ns != NULL &&
      strcmp ((const char *) root->name, "chancery-project") == 0)
    {
      set_read_error (rc, CH_PROJECT_ERROR_NOT_A_PROJECT,
                      _("it is not a Chancery project (its root element belongs to another format)"));
      return FALSE;
    }
  if (root == NULL || !is_element (root, "chancery-project"))
    {
      g_autofree char *reason =
        g_strdup_printf (_("it is not a Chancery project (its root element is <%s>)"),
                         root ? (const char *) root->name : "");
      set_read_error (rc, CH_PROJECT_ERROR_NOT_A_PROJECT, reason);
      return FALSE;
    }
  if (!read_version (root, rc))
    return FALSE;

  /* Elements this version does not know are skipped: later versions of
   * format 1 may add some. */
  for (xmlNode *child = root->children; child; child = child->next)
    {
      if (is_element (child, "sources"))
        {
          if (!read_sources (self, child, rc))
            return FALSE;
        }
      else if (is_element (child, "filters"))
        {
          if (!read_filters (self, child, rc))
            return FALSE;
        }
      else if (is_element (child, "timeline"))
        {
          g_autofree char *lanes = dup_attribute (child, "lanes");

          if (lanes != NULL && !is_identifier (lanes))
            {
              set_read_error (rc, CH_PROJECT_ERROR_DAMAGED, _("its timeline lane mode is not valid"));
              return FALSE;
            }
          g_free (self->timeline_lanes);
          self->timeline_lanes = g_steal_pointer (&lanes);
        }
      else if (is_element (child, "selection"))
        {
          g_strfreev (self->selected_events);
          self->selected_events = read_text_list (child, "event");
        }
      else if (is_element (child, "aliases"))
        {
          g_strfreev (self->alias_splits);
          self->alias_splits = read_text_list (child, "split");
        }
    }
  return TRUE;
}

/* GObject */

static void
ch_project_finalize (GObject *object)
{
  ChProject *self = (ChProject *) object;

  g_strfreev (self->sources);
  g_hash_table_unref (self->filters);
  g_free (self->search_text);
  g_free (self->timeline_lanes);
  g_strfreev (self->selected_events);
  g_strfreev (self->alias_splits);

  G_OBJECT_CLASS (ch_project_parent_class)->finalize (object);
}

static void
ch_project_class_init (ChProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_project_finalize;
}

static void
ch_project_init (ChProject *self)
{
  self->sources = g_new0 (char *, 1);
  self->filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_strfreev);
  self->search_text = g_strdup ("");
  self->selected_events = g_new0 (char *, 1);
  self->alias_splits = g_new0 (char *, 1);
}

/* Public API */

/**
 * ch_project_new:
 *
 * Returns: (transfer full): an empty project
 */
ChProject *
ch_project_new (void)
{
  return g_object_new (CH_TYPE_PROJECT, NULL);
}

/**
 * ch_project_new_from_data:
 * @data: the bytes of a project file
 * @length: how many
 * @display_name: the file's name, for error messages
 * @error: where to report why @data is not a project
 *
 * Returns: (transfer full) (nullable): the project, or %NULL with @error set
 */
ChProject *
ch_project_new_from_data (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(ChProject) self = NULL;
  ReadContext rc = { display_name, error };
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > CH_PROJECT_MAX_SIZE)
    {
      set_read_error (&rc, CH_PROJECT_ERROR_TOO_LARGE, _("it is too large to be a project"));
      return NULL;
    }
  if (length == 0)
    {
      set_read_error (&rc, CH_PROJECT_ERROR_DAMAGED, _("the file is empty"));
      return NULL;
    }
  /* Our files never have a DTD. Refusing any keeps entity declarations,
   * and with them entity expansion attacks, out of the parser entirely. A
   * literal "<!DOCTYPE" can only be markup: in text it would be escaped. */
  if (g_strstr_len (data, (gssize) length, "<!DOCTYPE") != NULL)
    {
      set_read_error (&rc, CH_PROJECT_ERROR_NOT_A_PROJECT,
                      _("it declares a document type, which project files never do"));
      return NULL;
    }

  ensure_libxml ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("libxml2 could not allocate a parser");
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA);
  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strstrip (g_strdup (xerr && xerr->message ? xerr->message : ""));
      g_autofree char *reason =
        g_strdup_printf (_("the file is damaged or incomplete (line %d: %s)"),
                         xerr ? xerr->line : 0, message);

      set_read_error (&rc, CH_PROJECT_ERROR_DAMAGED, reason);
      xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  self = ch_project_new ();
  ok = read_document (self, doc, &rc);
  xmlFreeDoc (doc);

  return ok ? g_steal_pointer (&self) : NULL;
}

static char *
dup_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  if (path != NULL)
    return g_filename_display_name (path);
  return g_file_get_parse_name (file);
}

/**
 * ch_project_load:
 * @file: a .chancery file
 * @cancellable: (nullable): a #GCancellable
 * @error: where to report a failure
 *
 * Reads a project file. Every failure names the file and the reason.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL with @error set
 */
ChProject *
ch_project_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = dup_display_name (file);

  /* Check the size before reading so a huge file is never loaded. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > CH_PROJECT_MAX_SIZE)
    {
      g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_TOO_LARGE,
                   _("Could not open “%s”: %s"), display_name,
                   _("it is too large to be a project"));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return ch_project_new_from_data (contents, length, display_name, error);
}

/**
 * ch_project_serialize:
 * @self: a #ChProject
 * @error: where to report a value that a project file cannot hold
 *
 * Returns: (transfer full) (nullable): the project file's bytes
 */
GBytes *
ch_project_serialize (ChProject  *self,
                      GError    **error)
{
  g_auto(GStrv) facets = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  xmlBufferPtr buffer = NULL;
  xmlTextWriterPtr writer = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_contents (self, error))
    return NULL;

  ensure_libxml ();
  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  if (writer == NULL)
    g_error ("libxml2 could not allocate a writer");

  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");

  WRITE_OK (xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL));
  WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "chancery-project"));
  WRITE_OK (xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "version", "%d",
                                               CH_PROJECT_FORMAT_VERSION));
  WRITE_OK (xmlTextWriterWriteAttribute (writer, BAD_CAST "generator",
                                         BAD_CAST "Chancery " PACKAGE_VERSION));

  WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "sources"));
  for (char **s = self->sources; *s; s++)
    WRITE_OK (write_source (writer, *s));
  WRITE_OK (xmlTextWriterEndElement (writer));

  WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "filters"));
  facets = sorted_facets (self);
  for (char **f = facets; *f; f++)
    {
      char **values = g_hash_table_lookup (self->filters, *f);

      WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "facet"));
      WRITE_OK (xmlTextWriterWriteAttribute (writer, BAD_CAST "name", BAD_CAST *f));
      for (char **v = values; *v; v++)
        WRITE_OK (write_text_element (writer, "value", *v));
      WRITE_OK (xmlTextWriterEndElement (writer));
    }
  start = ch_day_format (&self->date_start);
  end = ch_day_format (&self->date_end);
  if (*start != '\0' || *end != '\0')
    {
      WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "date-range"));
      if (*start != '\0')
        WRITE_OK (xmlTextWriterWriteAttribute (writer, BAD_CAST "start", BAD_CAST start));
      if (*end != '\0')
        WRITE_OK (xmlTextWriterWriteAttribute (writer, BAD_CAST "end", BAD_CAST end));
      WRITE_OK (xmlTextWriterEndElement (writer));
    }
  if (*self->search_text != '\0')
    WRITE_OK (write_text_element (writer, "search", self->search_text));
  WRITE_OK (xmlTextWriterEndElement (writer));

  if (self->timeline_lanes != NULL)
    {
      WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "timeline"));
      WRITE_OK (xmlTextWriterWriteAttribute (writer, BAD_CAST "lanes",
                                             BAD_CAST self->timeline_lanes));
      WRITE_OK (xmlTextWriterEndElement (writer));
    }

  WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "selection"));
  for (char **e = self->selected_events; *e; e++)
    WRITE_OK (write_text_element (writer, "event", *e));
  WRITE_OK (xmlTextWriterEndElement (writer));

  WRITE_OK (xmlTextWriterStartElement (writer, BAD_CAST "aliases"));
  for (char **a = self->alias_splits; *a; a++)
    WRITE_OK (write_text_element (writer, "split", *a));
  WRITE_OK (xmlTextWriterEndElement (writer));

  WRITE_OK (xmlTextWriterEndDocument (writer));
  xmlFreeTextWriter (writer);
  writer = NULL;

  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;

failed:
  g_set_error_literal (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID_DATA,
                       _("The project could not be written as XML"));
  if (writer != NULL)
    xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  return NULL;
}

/**
 * ch_project_save:
 * @self: a #ChProject
 * @file: where to save it
 * @cancellable: (nullable): a #GCancellable
 * @error: where to report a failure
 *
 * Saves the project atomically: the new contents go to a temporary file
 * beside @file that then replaces it, so a crash leaves the old file
 * whole. The caller asks before overwriting a file the user has.
 *
 * Returns: %TRUE on success
 */
gboolean
ch_project_save (ChProject     *self,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ch_project_serialize (self, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *display_name = dup_display_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: the first %s is a file name, the second the reason */
                   _("Could not save “%s”: %s"), display_name, local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}

/**
 * ch_project_get_sources:
 * @self: a #ChProject
 *
 * Returns: (transfer none): the files and folders of the corpus, as file
 *   names (bytes, not necessarily UTF-8)
 */
const char * const *
ch_project_get_sources (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), empty_strv);

  return (const char * const *) self->sources;
}

void
ch_project_set_sources (ChProject          *self,
                        const char * const *paths)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  g_strfreev (self->sources);
  self->sources = copy_strv (paths);
}

/**
 * ch_project_dup_filter_facets:
 * @self: a #ChProject
 *
 * Returns: (transfer full): the facets that have a filter, sorted
 */
char **
ch_project_dup_filter_facets (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  return sorted_facets (self);
}

/**
 * ch_project_get_filter:
 * @self: a #ChProject
 * @facet: a facet name such as "country"
 *
 * Returns: (transfer none): the values the facet is filtered by, in the
 *   order they were set; empty when it is not filtered
 */
const char * const *
ch_project_get_filter (ChProject  *self,
                       const char *facet)
{
  char **values;

  g_return_val_if_fail (CH_IS_PROJECT (self), empty_strv);
  g_return_val_if_fail (facet != NULL, empty_strv);

  values = g_hash_table_lookup (self->filters, facet);
  return values ? (const char * const *) values : empty_strv;
}

/**
 * ch_project_set_filter:
 * @self: a #ChProject
 * @facet: a facet name: ASCII letters, digits, '-' and '_'
 * @values: (nullable): UTF-8 values; %NULL or empty removes the filter
 */
void
ch_project_set_filter (ChProject          *self,
                       const char         *facet,
                       const char * const *values)
{
  g_return_if_fail (CH_IS_PROJECT (self));
  g_return_if_fail (facet != NULL && is_identifier (facet));

  if (values == NULL || values[0] == NULL)
    {
      g_hash_table_remove (self->filters, facet);
      return;
    }
  for (guint i = 0; values[i]; i++)
    g_return_if_fail (g_utf8_validate (values[i], -1, NULL));
  g_hash_table_replace (self->filters, g_strdup (facet), copy_strv (values));
}

void
ch_project_clear_filters (ChProject *self)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  g_hash_table_remove_all (self->filters);
}

/**
 * ch_project_get_date_range:
 * @self: a #ChProject
 * @start: (out) (optional): the first day, all zero when open
 * @end: (out) (optional): the last day, all zero when open
 */
void
ch_project_get_date_range (ChProject *self,
                           ChDay     *start,
                           ChDay     *end)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  if (start != NULL)
    *start = self->date_start;
  if (end != NULL)
    *end = self->date_end;
}

/**
 * ch_project_set_date_range:
 * @self: a #ChProject
 * @start: (nullable): the first day, or %NULL for an open start
 * @end: (nullable): the last day, or %NULL for an open end
 */
void
ch_project_set_date_range (ChProject   *self,
                           const ChDay *start,
                           const ChDay *end)
{
  static const ChDay open = { 0, 0, 0 };

  g_return_if_fail (CH_IS_PROJECT (self));

  self->date_start = start ? *start : open;
  self->date_end = end ? *end : open;
}

const char *
ch_project_get_search_text (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), "");

  return self->search_text;
}

void
ch_project_set_search_text (ChProject  *self,
                            const char *text)
{
  g_return_if_fail (CH_IS_PROJECT (self));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  g_free (self->search_text);
  self->search_text = g_strdup (text ? text : "");
}

/**
 * ch_project_get_timeline_lanes:
 * @self: a #ChProject
 *
 * Returns: (nullable): the lane mode (a nick of the GSettings enum
 *   TimelineLanes, such as "participant"), or %NULL for the default
 */
const char *
ch_project_get_timeline_lanes (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  return self->timeline_lanes;
}

void
ch_project_set_timeline_lanes (ChProject  *self,
                               const char *lanes)
{
  g_return_if_fail (CH_IS_PROJECT (self));
  g_return_if_fail (lanes == NULL || is_identifier (lanes));

  g_free (self->timeline_lanes);
  self->timeline_lanes = g_strdup (lanes);
}

/**
 * ch_project_get_selected_events:
 * @self: a #ChProject
 *
 * Returns: (transfer none): the ids (EVENTS.md `id`) of the selected events
 */
const char * const *
ch_project_get_selected_events (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), empty_strv);

  return (const char * const *) self->selected_events;
}

void
ch_project_set_selected_events (ChProject          *self,
                                const char * const *event_ids)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  g_strfreev (self->selected_events);
  self->selected_events = copy_strv (event_ids);
}

/**
 * ch_project_get_alias_splits:
 * @self: a #ChProject
 *
 * Returns: (transfer none): the spellings the user split off their
 *   canonical person, as ch_aliases_dup_splits() gives them; apply them
 *   with ch_aliases_split()
 */
const char * const *
ch_project_get_alias_splits (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), empty_strv);

  return (const char * const *) self->alias_splits;
}

void
ch_project_set_alias_splits (ChProject          *self,
                             const char * const *spellings)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  g_strfreev (self->alias_splits);
  self->alias_splits = copy_strv (spellings);
}
