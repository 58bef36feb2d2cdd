package app.goalpost.collab;

import org.jspecify.annotations.Nullable;

/**
 * Someone on a page of the workspace, as a page shows them.
 *
 * @param key    one presence (one page of one browser tab), stable while it lasts
 * @param page   the page's code (a {@code WorkspacePage} name)
 * @param field  the field or row they are editing, a short code of that page, or null
 * @param colour 0..5, the same for a user everywhere (CSS classes {@code gp-presence-c0..5})
 */
public record Presence(String key, long userId, String name, String page, @Nullable String field, int colour) {

    public static final int COLOURS = 6;
}
