/* ch-test-ui.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-test-ui.h"

/*
 * Window tests wait for what they check (a layout, an import, a row
 * shown) instead of sleeping a fixed time, with a deadline generous
 * enough for a loaded machine.
 */
#define PUMP_DEADLINE_SECONDS 20

/* Runs the main loop until @done says so or the deadline passes; FALSE
 * if it passed. */
gboolean
ch_test_pump_until (gboolean (*done) (gpointer data),
                    gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + PUMP_DEADLINE_SECONDS * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* Runs the main loop for @ms milliseconds. */
void
ch_test_pump_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Starts the application as main () does, GTK being initialized, and
 * returns its window. */
ChWindow *
ch_test_start_application (ChApplication **out_app)
{
  g_autoptr(GError) error = NULL;
  ChApplication *app = ch_application_new ();
  GList *windows;

  /* Not the running instance a user may have on this bus. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  g_assert_true (CH_IS_WINDOW (windows->data));
  *out_app = app;
  return windows->data;
}
