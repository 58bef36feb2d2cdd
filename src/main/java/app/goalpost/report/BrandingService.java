package app.goalpost.report;

import app.goalpost.report.internal.AgencyBranding;
import app.goalpost.report.internal.AgencyBrandingRepository;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.tenancy.AgencyService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's branding on client reports. Everyone signed in reads it (it is printed on the reports they may
 * see); only the owner changes it. The row belongs to the signed-in user's agency through the tenant filter.
 */
@Service
public class BrandingService {

    public static final int MAX_NAME = 120;
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    public static final int MAX_LOGO_PIXELS = 4000;
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final String OWNER_ONLY = "hasRole('OWNER')";

    private final AgencyBrandingRepository brandings;
    private final AgencyService agencies;
    private final Clock clock;

    BrandingService(AgencyBrandingRepository brandings, AgencyService agencies, Clock clock) {
        this.brandings = brandings;
        this.agencies = agencies;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Branding branding() {
        String agencyName = agencies.currentAgencyName().orElse("");
        return brandings.findFirstByOrderByIdAsc().map(b -> {
            byte[] logo = b.getLogo();
            String type = b.getLogoType();
            return new Branding(b.getDisplayName() != null ? b.getDisplayName() : agencyName,
                    Optional.ofNullable(b.getDisplayName()), b.getAccentColour(),
                    logo != null && type != null ? Optional.of(new Branding.Logo(logo, type)) : Optional.empty(),
                    b.getVersion());
        }).orElseGet(() -> new Branding(agencyName, Optional.empty(), Branding.DEFAULT_ACCENT, Optional.empty(), -1));
    }

    /**
     * Saves the display name (blank: the agency's name) and the accent colour; {@code expectedVersion} is the one
     * the page loaded. Nothing is written when a field is invalid.
     */
    @PreAuthorize(OWNER_ONLY)
    @Transactional
    public void update(@Nullable String displayName, String accentColour, long expectedVersion) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("displayName", "report.branding.error.nameTooLong", MAX_NAME);
        }
        String colour = accentColour.strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new InvalidInputException("accentColour", "report.branding.error.colour");
        }
        AgencyBranding row = row(expectedVersion);
        row.apply(name.isEmpty() ? null : name, colour.toLowerCase(java.util.Locale.ROOT), clock.instant());
    }

    /** Stores a logo after checking it is a PNG or JPEG image of at most 512 KB and 4000 × 4000 pixels. */
    @PreAuthorize(OWNER_ONLY)
    @Transactional
    public void uploadLogo(byte[] bytes, long expectedVersion) {
        String type = imageType(bytes);
        AgencyBranding row = row(expectedVersion);
        row.setLogo(bytes, type, clock.instant());
    }

    @PreAuthorize(OWNER_ONLY)
    @Transactional
    public void removeLogo(long expectedVersion) {
        row(expectedVersion).setLogo(null, null, clock.instant());
    }

    private AgencyBranding row(long expectedVersion) {
        Optional<AgencyBranding> saved = brandings.findFirstByOrderByIdAsc();
        if (saved.isPresent()) {
            saved.get().requireVersion(expectedVersion);
            return saved.get();
        }
        if (expectedVersion != -1) {
            throw new ObjectOptimisticLockingFailureException(AgencyBranding.class, 0L);
        }
        return brandings.save(new AgencyBranding(Branding.DEFAULT_ACCENT, clock.instant()));
    }

    /** The MIME type of a valid logo, or the reason it is refused (on the {@code logo} field). */
    static String imageType(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", "report.branding.error.logoSize", MAX_LOGO_BYTES / 1024);
        }
        String type;
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            type = "image/png";
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                && (bytes[2] & 0xff) == 0xff) {
            type = "image/jpeg";
        } else {
            throw new InvalidInputException("logo", "report.branding.error.logoType");
        }
        // the dimensions are read from the header before anything is decoded: a small file can claim a huge image
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("logo", "report.branding.error.logoType");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_LOGO_PIXELS || reader.getHeight(0) > MAX_LOGO_PIXELS) {
                    throw new InvalidInputException("logo", "report.branding.error.logoPixels", MAX_LOGO_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new InvalidInputException("logo", "report.branding.error.logoType");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("logo", "report.branding.error.logoType");
        }
        return type;
    }
}
