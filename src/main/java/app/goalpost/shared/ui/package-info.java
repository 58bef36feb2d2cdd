/** Small UI pieces shared by the feature views: formatting, field errors, the user locale, the chart component. */
@NullMarked
package app.goalpost.shared.ui;

import org.jspecify.annotations.NullMarked;
