/**
 * Errors and the log: the rotating log file beside the user's settings ({@link
 * org.uncrumple.app.errors.ErrorLog}) and the handler that logs anything thrown on any thread and
 * tells the user once, without closing the program ({@link
 * org.uncrumple.app.errors.UncaughtErrors}).
 *
 * <p>Floor: uses {@code app.help} (the version in the log) and {@code app.look}.
 */
package org.uncrumple.app.errors;
