/* ch-locale.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-locale"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ch-gazetteer.h"
#include "ch-locale.h"
#include "ch-xml.h"

/*
 * Country names come from the iso-codes package rather than from our own
 * lists: it has the English names of ISO 3166-1 and their translations
 * into most languages, kept by translators who know them. Its XML list
 * (iso_3166-1.xml) maps a code to the English name, which is also the
 * msgid of the "iso_3166-1" gettext domain.
 */

#ifndef ISO_CODES_PREFIX
# define ISO_CODES_PREFIX "/usr"
#endif

#define ISO_3166_DOMAIN "iso_3166-1"

static GHashTable *
load_country_names (void)
{
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "xml", "iso-codes",
                                            "iso_3166-1.xml", NULL);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlDocPtr doc;
  xmlNodePtr root;

  /* A system file, but read as carefully as any other: no network, no
   * entity substitution. */
  ch_xml_init ();
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      g_warning ("Could not read the country names of iso-codes from %s", path);
      return names;
    }

  root = xmlDocGetRootElement (doc);
  for (xmlNodePtr node = root ? root->children : NULL; node; node = node->next)
    {
      xmlChar *alpha2, *alpha3, *name;

      if (node->type != XML_ELEMENT_NODE ||
          strcmp ((const char *) node->name, "iso_3166_entry") != 0)
        continue;
      alpha2 = xmlGetProp (node, BAD_CAST "alpha_2_code");
      alpha3 = xmlGetProp (node, BAD_CAST "alpha_3_code");
      name = xmlGetProp (node, BAD_CAST "name");
      if (name != NULL)
        {
          if (alpha2 != NULL)
            g_hash_table_replace (names, g_strdup ((char *) alpha2), g_strdup ((char *) name));
          if (alpha3 != NULL)
            g_hash_table_replace (names, g_strdup ((char *) alpha3), g_strdup ((char *) name));
        }
      xmlFree (alpha2);
      xmlFree (alpha3);
      xmlFree (name);
    }
  xmlFreeDoc (doc);

  bindtextdomain (ISO_3166_DOMAIN, ISO_CODES_PREFIX "/share/locale");
  bind_textdomain_codeset (ISO_3166_DOMAIN, "UTF-8");

  return names;
}

/* The gazetteer's canonical country names are the short names English
 * prose uses ("Russia", "North Korea"), where iso-codes gives the formal
 * ones ("Russian Federation", "Korea, Democratic People's Republic of"). */
static GHashTable *
load_common_names (void)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) countries = NULL;

  countries = ch_gazetteer_list (ch_gazetteer_get_default (), CH_GAZ_COUNTRY);
  for (guint i = 0; i < countries->len; i++)
    {
      const ChGazEntry *entry = g_ptr_array_index (countries, i);

      if (entry->code != NULL)
        g_hash_table_insert (names, (gpointer) entry->code, (gpointer) entry->name);
    }

  return names;
}

/**
 * ch_country_display_name:
 * @iso_code: an ISO 3166-1 alpha-2 or alpha-3 code, such as "RU" or "PAK"
 *   (either case)
 *
 * The country's name in the user's language (LANGUAGE, LC_MESSAGES), as
 * iso-codes translates it. Where there is no translation (English, or a
 * language iso-codes lacks) it is the short name English prose uses,
 * "Russia" rather than iso-codes' "Russian Federation". Thread-safe.
 *
 * Returns: (transfer full): the name, or a copy of @iso_code when the code
 *   is not an ISO 3166-1 country
 */
char *
ch_country_display_name (const char *iso_code)
{
  static GHashTable *names = NULL;
  static GHashTable *common = NULL;
  g_autofree char *code = NULL;
  const char *english;
  const char *translated;
  const char *short_name;

  g_return_val_if_fail (iso_code != NULL, NULL);

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_country_names ());
  if (g_once_init_enter (&common))
    g_once_init_leave (&common, load_common_names ());

  code = g_ascii_strup (iso_code, -1);
  english = g_hash_table_lookup (names, code);
  if (english == NULL)
    return g_strdup (iso_code);

  translated = g_dgettext (ISO_3166_DOMAIN, english);
  if (strcmp (translated, english) != 0)
    return g_strdup (translated);

  short_name = g_hash_table_lookup (common, code);
  return g_strdup (short_name != NULL ? short_name : english);
}

/**
 * ch_locale_is_rtl:
 *
 * Whether the user's language is written right to left, as its translators
 * say. The application passes this to gtk_widget_set_default_direction()
 * so that a translation mirrors the layout even where GTK's own
 * translation for the language is missing.
 *
 * Returns: %TRUE for a right-to-left translation such as Urdu
 */
gboolean
ch_locale_is_rtl (void)
{
  /* Translators: do not translate this into your language. Write
   * "default:RTL" if your language is written from right to left (Urdu,
   * Arabic, Hebrew, Persian), and "default:LTR" otherwise. */
  const char *direction = _("default:LTR");

  return g_strcmp0 (direction, "default:RTL") == 0;
}
