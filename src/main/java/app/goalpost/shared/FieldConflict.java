package app.goalpost.shared;

import org.jspecify.annotations.Nullable;

/**
 * One field both savers changed to different values: what was loaded ({@code base}), what is stored now
 * ({@code theirs}) and what the second saver typed ({@code mine}); {@code null} is an empty value.
 */
public record FieldConflict(String field, @Nullable Object base, @Nullable Object theirs, @Nullable Object mine) {
}
