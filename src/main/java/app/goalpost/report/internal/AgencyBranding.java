package app.goalpost.report.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The agency's look on client reports: one row per agency, created on the first save. */
@Entity
@Table(name = "agency_branding")
public class AgencyBranding extends AgencyOwnedEntity {

    private @Nullable String displayName;
    private String accentColour;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo", columnDefinition = "mediumblob")
    private byte @Nullable [] logo;
    private @Nullable String logoType;
    private Instant updatedAt;

    protected AgencyBranding() {
    }

    public AgencyBranding(String accentColour, Instant now) {
        this.accentColour = accentColour;
        this.updatedAt = now;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public byte @Nullable [] getLogo() {
        return logo;
    }

    public @Nullable String getLogoType() {
        return logoType;
    }

    public void apply(@Nullable String displayName, String accentColour, Instant now) {
        this.displayName = displayName;
        this.accentColour = accentColour;
        this.updatedAt = now;
    }

    public void setLogo(byte @Nullable [] logo, @Nullable String logoType, Instant now) {
        this.logo = logo;
        this.logoType = logoType;
        this.updatedAt = now;
    }
}
