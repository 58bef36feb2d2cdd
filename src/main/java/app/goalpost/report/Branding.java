package app.goalpost.report;

import java.util.Base64;
import java.util.Optional;

/**
 * How reports of the agency look: the name printed on them (the agency's own unless the owner set another), the
 * accent colour ({@code #RRGGBB}) and the logo, if any.
 *
 * @param customName the display name the owner set (empty: the agency name is used)
 * @param version    to send back when saving; {@code -1} before the first save
 */
public record Branding(String displayName, Optional<String> customName, String accentColour, Optional<Logo> logo,
        long version) {

    public static final String DEFAULT_ACCENT = "#1565c0";

    /** A validated PNG or JPEG image. */
    public record Logo(byte[] bytes, String mimeType) {

        public String dataUri() {
            return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
