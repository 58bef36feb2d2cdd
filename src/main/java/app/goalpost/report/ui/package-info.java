/** Views of the report feature: the report page, the agency branding settings, the delivery schedule. */
@NullMarked
package app.goalpost.report.ui;

import org.jspecify.annotations.NullMarked;
