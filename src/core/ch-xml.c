/* ch-xml.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-xml"

#include "config.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "ch-xml.h"

/*
 * libxml2's external entity loader is global to the process, so the
 * importers, the gazetteer, project files and the country names must all
 * agree on one. Every part of Chancery that parses XML calls ch_xml_init()
 * first; no part installs a loader of its own.
 */

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  /* Nothing Chancery reads needs an external DTD or entity, and loading
   * one is how an XML file reads /etc/passwd or reaches the network:
   * everything a document refers to is refused. xmlReadFile() opens the
   * very file it is asked to read through the same loader, though, so a
   * fresh context with no input yet (input_id 1; an entity's sub-context
   * has a higher id) may still open its own file, without network access. */
  if (ctxt != NULL && ctxt->inputNr == 0 && ctxt->input_id == 1 && url != NULL)
    return xmlNoNetExternalEntityLoader (url, id, ctxt);
  return NULL;
}

static gpointer
init_once (gpointer data)
{
  xmlInitParser ();
  xmlSetExternalEntityLoader (refuse_external_entity);
  return NULL;
}

/**
 * ch_xml_init:
 *
 * Initialises libxml2 for use from several threads and installs the
 * external entity loader that refuses what a document refers to. Safe to
 * call from any thread, any number of times.
 */
void
ch_xml_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_once, NULL);
}
