package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The CSS properties of the {@link LandscapeView} that its 3-D shapes cannot take from a stylesheet
 * by themselves: {@code -uc-path-color} and {@code -uc-path-casing-color}, the training path's
 * colour and the darker band around it, and {@code -uc-here-color}, the marker of the current
 * weights. Their values live in {@code landscape.css} as named colour tokens.
 */
final class LandscapeStyle {
  static final CssMetaData<LandscapeView, Color> PATH =
      colour("-uc-path-color", LandscapeView::pathColourProperty, Color.web("#ff6b6b"));

  static final CssMetaData<LandscapeView, Color> CASING =
      colour("-uc-path-casing-color", LandscapeView::casingColourProperty, Color.web("#1b1d22"));

  static final CssMetaData<LandscapeView, Color> HERE =
      colour("-uc-here-color", LandscapeView::hereColourProperty, Color.WHITE);

  static final List<CssMetaData<? extends Styleable, ?>> ALL = all();

  private LandscapeStyle() {}

  private static CssMetaData<LandscapeView, Color> colour(
      String name, Function<LandscapeView, StyleableObjectProperty<Color>> of, Color initial) {
    return new CssMetaData<>(name, StyleConverter.getColorConverter(), initial) {
      @Override
      public boolean isSettable(LandscapeView view) {
        return !of.apply(view).isBound();
      }

      @Override
      public StyleableProperty<Color> getStyleableProperty(LandscapeView view) {
        return of.apply(view);
      }
    };
  }

  private static List<CssMetaData<? extends Styleable, ?>> all() {
    List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
    list.add(PATH);
    list.add(CASING);
    list.add(HERE);
    return Collections.unmodifiableList(list);
  }
}
