package app.goalpost.share.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a shared page: when, from which network (truncated address) and with which browser (short). */
@Entity
@Table(name = "share_view")
public class ShareView extends AgencyOwnedEntity {

    @Column(name = "share_link_id")
    private long linkId;
    private Instant viewedAt;
    private String address;
    private String userAgent;

    protected ShareView() {
    }

    public ShareView(long linkId, Instant viewedAt, String address, String userAgent) {
        this.linkId = linkId;
        this.viewedAt = viewedAt;
        this.address = address;
        this.userAgent = userAgent;
    }

    public long getLinkId() {
        return linkId;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
