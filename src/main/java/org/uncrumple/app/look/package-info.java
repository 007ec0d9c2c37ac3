/**
 * How the window looks: the shared stylesheet ({@link org.uncrumple.app.look.Stylesheet}), the
 * light and dark themes ({@link org.uncrumple.app.look.ThemeSetting}), presenter mode for the
 * classroom ({@link org.uncrumple.app.look.PresenterMode}) and the remembered window place.
 *
 * <p>Floor: uses {@code app.actions} and {@code app.model}. FX thread only.
 */
package org.uncrumple.app.look;
