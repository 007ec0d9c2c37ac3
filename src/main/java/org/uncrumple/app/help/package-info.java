/**
 * Help: the keyboard overlay (F1), Help › About with the version, the licence and every bundled
 * library with its version and licence ({@link org.uncrumple.app.help.AboutDialog}, {@link
 * org.uncrumple.app.help.Libraries}), and the program version.
 *
 * <p>Floor: uses {@code app.actions} and {@code app.look}. FX thread only.
 */
package org.uncrumple.app.help;
