package app.goalpost.workspace.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link WorkspaceScopedView} (routed under {@code w/:workspaceId/...}, with no other required
 * parameter) that a {@link WorkspacePage} of the menu opens. Exactly one view per page: {@link WorkspacePages}
 * refuses to start otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WorkspacePageView {

    WorkspacePage value();
}
