package app.goalpost.share;

import java.io.Serial;
import java.io.Serializable;

/**
 * Proof that a share link was opened successfully (token valid, password checked): only {@link SharedPageService}
 * makes one, so a page cannot name a workspace or an agency itself. It carries the link's ids as stored.
 */
public final class ShareGrant implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long linkId;
    private final long agencyId;
    private final long workspaceId;
    private final ShareKind kind;

    ShareGrant(long linkId, long agencyId, long workspaceId, ShareKind kind) {
        this.linkId = linkId;
        this.agencyId = agencyId;
        this.workspaceId = workspaceId;
        this.kind = kind;
    }

    long linkId() {
        return linkId;
    }

    long agencyId() {
        return agencyId;
    }

    long workspaceId() {
        return workspaceId;
    }

    public ShareKind kind() {
        return kind;
    }
}
