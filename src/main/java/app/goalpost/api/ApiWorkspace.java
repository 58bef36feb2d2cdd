package app.goalpost.api;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The workspace a request works in, from the token alone: a workspace token's own workspace (naming another one
 * answers not-found, like any workspace one may not see); an agency-wide token names it with {@code workspace=},
 * and the services then check it against the token creator's rights.
 */
final class ApiWorkspace {

    private ApiWorkspace() {
    }

    static ApiCaller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("Not an API request");
    }

    static WorkspaceId of(@Nullable Long requested) {
        Optional<WorkspaceId> own = caller().workspaceId();
        if (own.isPresent()) {
            if (requested != null && requested != own.get().value()) {
                throw new WorkspaceNotFoundException();
            }
            return own.get();
        }
        if (requested == null) {
            throw new MissingWorkspaceException();
        }
        if (requested <= 0) {
            throw new WorkspaceNotFoundException();
        }
        return new WorkspaceId(requested);
    }

    /** An agency-wide token's request that names no workspace. */
    static final class MissingWorkspaceException extends RuntimeException {

        MissingWorkspaceException() {
            super("This token is agency-wide: name the workspace with ?workspace=<id>");
        }
    }
}
