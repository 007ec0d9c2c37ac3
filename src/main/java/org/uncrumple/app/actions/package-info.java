/**
 * One table of actions ({@link org.uncrumple.app.actions.Actions}): every command and on/off
 * setting with its words, keys and description, from which the menus, the accelerators, the
 * buttons' tooltips, the help overlay and the README's key table are made; and the View menu's
 * switches of what is drawn ({@link org.uncrumple.app.actions.ShowToggles}).
 *
 * <p>Floor: uses JavaFX and {@code scene}; no other window part. FX thread only.
 */
package org.uncrumple.app.actions;
